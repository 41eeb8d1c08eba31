import { BrandMark } from './BrandMark'

/** The login and create-first-user screens' logo: the mark and the clinic's name. */
export const Logo = () => (
  <div className="alt-logo">
    <BrandMark size={56} />
    <span className="alt-logo__name">ALT.</span>
  </div>
)
