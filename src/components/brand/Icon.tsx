import { BrandMark } from './BrandMark'

/** The admin header's home link (Payload's "Icon" graphic). */
export const Icon = () => <BrandMark size={18} />
