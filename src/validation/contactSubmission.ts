import { z } from 'zod'

export const inquiryTypes = ['appointment', 'provider-collaboration', 'provider-discount', 'general'] as const
export const contactMethods = ['email', 'phone'] as const
export const submissionStatuses = ['new', 'in-progress', 'responded', 'closed', 'spam'] as const
export const spamReasons = ['honeypot', 'too-fast', 'links', 'duplicate'] as const

/**
 * The review workflow: new → in progress → responded → closed, and any status → spam. A
 * false positive goes back from spam to new. Keeping a status is always allowed.
 */
export const statusTransitions: Record<(typeof submissionStatuses)[number], readonly (typeof submissionStatuses)[number][]> = {
  new: ['in-progress', 'spam'],
  'in-progress': ['responded', 'spam'],
  responded: ['closed', 'spam'],
  closed: ['spam'],
  spam: ['new'],
}

export const limits = { name: 200, email: 254, phone: 40, message: 5000, note: 5000, honeypot: 2000 } as const

const required = (label: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`) })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)

/** Optional text: empty strings (what HTML forms send) and null clear the value. */
const optional = (label: string, max: number, pattern?: [RegExp, string]) => {
  let text = z.string({ error: `${label} must be text.` }).trim().max(max, `${label} must be at most ${max} characters.`)
  if (pattern) text = text.regex(pattern[0], pattern[1])
  return z
    .union([z.literal('').transform(() => null), text, z.null()], { error: `${label} must be text.` })
    .optional()
}

const oneOf = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(', ')}.` })

/** What anyone (a prospective patient, a fellow provider) may send. Unknown fields are rejected. */
export const contactIntakeSchema = z.strictObject(
  {
    name: required('Name', limits.name),
    email: z
      .string({ error: (issue) => (issue.input === undefined ? 'Email is required.' : 'Email must be text.') })
      .trim()
      .min(1, 'Email is required.')
      .max(limits.email, `Email must be at most ${limits.email} characters.`)
      .pipe(z.email('Email must be a valid email address.')),
    phone: optional('Phone', limits.phone, [/^[+()\d\s.-]{5,}$/, 'Phone may contain only digits, spaces and + ( ) . -']),
    message: required('Message', limits.message),
    inquiryType: oneOf('Inquiry type', inquiryTypes),
    preferredContactMethod: oneOf('Preferred contact method', contactMethods).optional(),
    consent: z.literal(true, { error: 'Consent is required: tick the box to let the clinic store and answer your message.' }),
    // The honeypot: a field humans never see, so anything in it marks the submission as spam.
    website: z.union([z.string().max(limits.honeypot), z.null()], { error: 'Website must be text.' }).optional(),
    formToken: z.string({
      error: 'Form token is required: get one from GET /api/contact-submissions/form-token when you show the form.',
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? 'Unknown field.' : 'Send the submission as an object of fields.',
  },
)

/** Fields only staff who review submissions may write. */
const reviewFields = {
  status: oneOf('Status', submissionStatuses).optional(),
  assignedTo: z
    .union([z.number().int().positive(), z.string().min(1).max(64), z.null()], { error: 'Assigned to must be a user id.' })
    .optional(),
  addNote: optional('Note', limits.note),
  // The admin form sends the notes back on every save; keepWhatWasSent refuses any change to them.
  notes: z.unknown().optional(),
  // Staff need no form token; the admin form sends these (empty) back.
  website: z.unknown().transform(() => undefined).optional(),
  formToken: z.unknown().transform(() => undefined).optional(),
}

/** Values Payload or the collection's hooks manage; the admin form echoes them back. Ignored. */
const ignored = z.unknown().transform(() => undefined).optional()
const managedFields = {
  id: ignored,
  updatedAt: ignored,
  spamReasons: ignored,
  messageHash: ignored,
  respondedAt: ignored,
  staffNotifiedAt: ignored,
  // Staff (and retention tests) may record when a message really arrived, e.g. a phone call.
  createdAt: z.unknown().optional(),
}

/** What staff (and trusted server code) may write when creating a submission. */
export const contactStaffCreateSchema = contactIntakeSchema.extend(reviewFields).extend(managedFields)

/** What staff may change on an existing submission: any subset of the fields above. */
export const contactStaffUpdateSchema = contactStaffCreateSchema.partial()

export type ContactIntake = z.input<typeof contactIntakeSchema>
