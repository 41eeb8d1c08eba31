import type { GlobalConfig } from 'payload'

import type { ClinicInfo as ClinicInfoData } from '../src/payload-types'

import { contentPolicy } from '../src/access/policy'
import { writeOrPublish } from '../src/access/writeOrPublish'
import { requirePublishRole } from '../src/hooks/requirePublishRole'
import { computeReadability, liveReadabilityField, readabilityChecked, readabilityField } from '../src/readability/readabilityCheck'
import { reviewRequestEndpoints } from '../src/endpoints/reviewRequest'
import { jsonLdField } from '../src/fields/jsonLd'
import { errorSummaryField } from '../src/fields/errorSummary'
import { reviewRequestField } from '../src/fields/reviewRequest'
import { updatedByField } from '../src/fields/authorship'
import { scheduledChangesField } from '../src/fields/scheduledChanges'
import { versionHistoryField } from '../src/fields/versionHistory'
import { clinicJsonLd } from '../src/jsonLd/clinicJsonLd'
import { publishedOrStaff } from '../src/access/publishedOrStaff'
import { staff } from '../src/access/roles'
import { globalSlugs } from '../src/slugs'
import { globalDrafts } from '../src/versions'

/** The visitor-facing text the readability check reads, on save and as staff type. */
const readabilitySources = [{ path: 'contact.text', label: 'Contact text' }]

/** Site-wide facts about the clinic. Leave a field empty until the clinic confirms it. */
export const ClinicInfo: GlobalConfig = {
  slug: globalSlugs.clinicInfo,
  label: 'Clinic info',
  access: { read: publishedOrStaff, readVersions: staff, update: writeOrPublish(contentPolicy[globalSlugs.clinicInfo]) },
  endpoints: reviewRequestEndpoints({ global: globalSlugs.clinicInfo }, contentPolicy[globalSlugs.clinicInfo]),
  hooks: {
    beforeChange: [requirePublishRole(contentPolicy[globalSlugs.clinicInfo].publish), computeReadability(readabilitySources)],
  },
  admin: {
    description:
      'Name, contact details and the medical disclaimer shown across the site. Editors save drafts; a clinical reviewer or an admin publishes.',
    group: 'Content',
  },
  versions: globalDrafts,
  fields: [
    errorSummaryField(),
    { name: 'name', type: 'text', required: true, maxLength: 200, admin: { description: 'The clinic’s name as shown on the site, e.g. "ALT."' } },
    {
      name: 'contact',
      type: 'group',
      admin: { description: 'The "contact us" call to action and how to reach the clinic.' },
      fields: [
        { name: 'heading', type: 'text', maxLength: 200, admin: { description: 'e.g. "Contact us."' } },
        readabilityChecked(
          { name: 'text', type: 'textarea', maxLength: 2000, admin: { description: 'The invitation to get in touch.' } },
          { reportsGrade: true, path: 'contact.text' },
        ),
        { name: 'email', type: 'email', admin: { description: 'Leave empty until the clinic confirms it.' } },
        { name: 'phone', type: 'text', maxLength: 40, admin: { description: 'Leave empty until the clinic confirms it.' } },
        { name: 'address', type: 'textarea', maxLength: 500, admin: { description: 'Street address, one line per row.' } },
      ],
    },
    {
      name: 'medicalDisclaimer',
      type: 'textarea',
      maxLength: 2000,
      admin: {
        description:
          'The clinic-wide medical disclaimer, e.g. that content is general information and not medical advice. New articles and services start with it. Agree the wording with a clinician.',
      },
    },
    readabilityField(),
    reviewRequestField(),
    liveReadabilityField(readabilitySources),
    scheduledChangesField(globalSlugs.clinicInfo),
    versionHistoryField(globalSlugs.clinicInfo),
    updatedByField(),
    jsonLdField<ClinicInfoData>({ global: globalSlugs.clinicInfo, requires: 'name' }, clinicJsonLd),
  ],
}
