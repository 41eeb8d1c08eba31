import type { GlobalConfig } from 'payload'

import { glossaryPolicy } from '../src/access/policy'
import { fieldHasRole, hasRole, staff } from '../src/access/roles'
import { defaultGlossary, defaultKnownAcronyms, defaultTargetGrade } from '../src/readability/defaultGlossary'
import { globalSlugs } from '../src/slugs'

/**
 * The rules of the plain-language check: the reading grade patient-facing content aims for,
 * terms readers may not know, and acronyms they do. It lives here rather than in Clinic info
 * because it is an editorial tool, not content: the public never reads it, and changing it
 * needs no clinical review or publishing.
 */
export const Glossary: GlobalConfig = {
  slug: globalSlugs.glossary,
  label: 'Glossary and reading level',
  access: { read: staff, update: hasRole(...glossaryPolicy.write) },
  admin: {
    description:
      'What the readability check on articles, services, provider discounts and the contact text looks for. Staff only; the public never sees it.',
    group: 'Settings',
  },
  fields: [
    {
      name: 'targetGrade',
      type: 'number',
      required: true,
      min: 3,
      max: 16,
      defaultValue: defaultTargetGrade,
      access: { update: fieldHasRole(...glossaryPolicy.setTarget) },
      admin: {
        step: 0.5,
        description:
          'The US school grade patient-facing text should read at (NIH and AMA advise 6–8). Publishing above it needs an override reason from a clinical reviewer or an admin. Only they can change it.',
      },
    },
    {
      name: 'terms',
      type: 'array',
      labels: { singular: 'Term', plural: 'Terms' },
      defaultValue: defaultGlossary,
      admin: { description: 'Words patients may not know. Each must be explained where it is first used, or replaced by its plain alternative.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'term', type: 'text', required: true, maxLength: 100, admin: { description: 'e.g. "neuroplasticity". Plurals are found too.' } },
            {
              name: 'plain',
              label: 'Plain alternative',
              type: 'text',
              maxLength: 200,
              admin: { description: 'A plain word or phrase for it, e.g. "talk therapy". Empty: explain it on first use.' },
            },
          ],
        },
      ],
    },
    {
      name: 'knownAcronyms',
      type: 'text',
      hasMany: true,
      maxLength: 20,
      defaultValue: defaultKnownAcronyms,
      admin: { description: 'Acronyms readers know without a spelled-out form, e.g. the clinic’s name. Others must be spelled out on first use: "ketamine-assisted psychotherapy (KAP)".' },
    },
  ],
}
