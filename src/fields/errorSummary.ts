import type { Field } from 'payload'

import { client } from '../packageEntries'

/**
 * Not stored: every problem of a refused save or publish, listed at the top of the document
 * (FormErrorSummary). Documents with tabs put one at the top of each tab a reviewer works in,
 * each with its own name.
 */
export const errorSummaryField = (name = 'errorSummary'): Field => ({ name, type: 'ui', admin: { components: { Field: `${client}#FormErrorSummary` } } })
