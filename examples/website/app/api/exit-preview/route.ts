import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { previewCookie } from '../../../lib/content'

/** "Leave preview": back to the published pages. */
export async function GET() {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(previewCookie)
  redirect('/')
}
