/**
 * Client components the plugin puts in the admin, named in its config as
 * `'@alt-clinic/payload-clinic-content/client#Name'`. Each file starts with its own 'use client'.
 */
export { CurrentPasswordField } from '../components/CurrentPasswordField'
export { ExportCsvButton } from '../components/ExportCsvButton'
export { FormErrorSummary } from '../components/FormErrorSummary'
export { LiveReadability } from '../components/LiveReadability'
export { NoteRowLabel } from '../components/NoteRowLabel'
export { PreviewNotSetUp } from '../components/PreviewNotSetUp'
export { ReviewRequestPanel } from '../components/ReviewRequestPanel'
export { TwoFactorGate } from '../components/twoFactor/TwoFactorGate'
export { WebhookActions } from '../components/WebhookActions'
