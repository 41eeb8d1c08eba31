import type { PayloadRequest } from 'payload'
import type { MedicalClinic, WithContext } from 'schema-dts'

import type { ClinicInfo } from '../payload-types'

import { compact, pageUrl } from './site'

/** The clinic as a schema.org MedicalClinic, with only the contact details staff entered. */
export const clinicJsonLd = (clinic: ClinicInfo, req: PayloadRequest): WithContext<MedicalClinic> =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: clinic.name,
    url: pageUrl(req, 'clinic-info'),
    email: clinic.contact?.email || undefined,
    telephone: clinic.contact?.phone || undefined,
    address: clinic.contact?.address || undefined,
    medicalSpecialty: 'Psychiatric',
  } satisfies WithContext<MedicalClinic>)
