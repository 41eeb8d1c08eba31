/** Types only: the plugin's options, and the documents of the clinic's collections and global. */
export type { ClinicContentOptions, CollectionOverride } from '../plugin'
export type { ClaimRule } from '../claims/rules'
export type { IntakeOptions } from '../intake/settings'
export type { PreviewOptions } from '../preview/previewLink'
export type { PublicReadBounds } from '../publicReads/boundAnonymousReads'
export type { ClinicCollectionSlug, ClinicGlobalSlug, Role } from '../slugs'
export type {
  Article,
  ClinicInfo,
  ContactSubmission,
  Media,
  ProviderDiscount,
  Quote,
  Service,
  User,
} from '../payload-types'
