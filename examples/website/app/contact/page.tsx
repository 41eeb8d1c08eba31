import type { Metadata } from 'next'

import { JsonLd } from '../../components/JsonLd'
import { getClinicInfo } from '../../lib/content'
import { pageMetadata } from '../../lib/metadata'
import { apiUrl } from '../../lib/settings'
import { ContactForm } from './ContactForm'

export const generateMetadata = async (): Promise<Metadata> => {
  const clinic = await getClinicInfo()
  return pageMetadata({ title: clinic.contact?.heading || 'Contact us', description: clinic.contact?.text, path: '/contact' })
}

export default async function ContactPage() {
  const clinic = await getClinicInfo()
  return (
    <div className="prose">
      <JsonLd data={clinic.jsonLd} />
      <h1>{clinic.contact?.heading || 'Contact us'}</h1>
      {clinic.contact?.text && <p>{clinic.contact.text}</p>}
      <ContactForm api={apiUrl()} />
    </div>
  )
}
