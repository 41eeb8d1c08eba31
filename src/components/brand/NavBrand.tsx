import { BrandMark } from './BrandMark'

/** The clinic's name at the top of the admin navigation. */
export const NavBrand = () => (
  <div className="alt-nav-brand">
    <BrandMark size={24} />
    <span>ALT. clinic content</span>
  </div>
)
