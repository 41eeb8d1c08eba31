import { z } from 'zod'

/** How the public contact intake defends itself and how long it keeps what it receives. */
export type IntakeOptions = {
  /** Largest request body the intake endpoint reads, in bytes (413 above it). Default 64 KiB. */
  maxBodyBytes?: number
  /** Submissions sent sooner than this after the form token was issued are stored as spam. Default 3. */
  minFillSeconds?: number
  /** A form token older than this is refused (400: fetch a new one). Default 24. */
  formTokenMaxAgeHours?: number
  /** Messages with more links than this are stored as spam. Default 3. */
  maxLinks?: number
  /** The same message again within this many hours is stored as spam. Default 24. */
  duplicateWindowHours?: number
  /**
   * Per-client-address limits on public submissions (429 with Retry-After above them), or
   * `false` for none. Counted in memory, or in Redis when `redisUrl` is set so that several app
   * instances share one limit.
   */
  rateLimit?: false | { perMinute?: number; perDay?: number; redisUrl?: string }
  /** Submissions older than this many days are deleted by the nightly retention job. Default 365. */
  retentionDays?: number
  /** Spam older than this many days is deleted by the same job. Default 30. */
  spamRetentionDays?: number
}

const positive = z.number().int().positive()

export const intakeOptionsSchema = z.strictObject({
  maxBodyBytes: positive.optional(),
  minFillSeconds: z.number().nonnegative().optional(),
  formTokenMaxAgeHours: z.number().positive().optional(),
  maxLinks: z.number().int().nonnegative().optional(),
  duplicateWindowHours: z.number().nonnegative().optional(),
  rateLimit: z
    .union([
      z.literal(false),
      z.strictObject({ perMinute: positive.optional(), perDay: positive.optional(), redisUrl: z.string().optional() }),
    ])
    .optional(),
  retentionDays: positive.optional(),
  spamRetentionDays: positive.optional(),
})

export type IntakeSettings = Required<Omit<IntakeOptions, 'rateLimit'>> & {
  rateLimit: false | { perMinute: number; perDay: number; redisUrl?: string }
}

/** Options with every default filled in. */
export const intakeSettings = (options: IntakeOptions = {}): IntakeSettings => ({
  maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
  minFillSeconds: options.minFillSeconds ?? 3,
  formTokenMaxAgeHours: options.formTokenMaxAgeHours ?? 24,
  maxLinks: options.maxLinks ?? 3,
  duplicateWindowHours: options.duplicateWindowHours ?? 24,
  rateLimit:
    options.rateLimit === false
      ? false
      : { perMinute: options.rateLimit?.perMinute ?? 5, perDay: options.rateLimit?.perDay ?? 50, redisUrl: options.rateLimit?.redisUrl },
  retentionDays: options.retentionDays ?? 365,
  spamRetentionDays: options.spamRetentionDays ?? 30,
})
