/** The ALT. mark: an "A" with the name's full stop, drawn (no font, no file to fetch). */
export const BrandMark = ({ size = 32 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="7" fill="#1f3d36" />
    <path d="M8.5 24 15 8h2l6.5 16" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    <path d="M11.5 18.5h9" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    <circle cx="26" cy="24" r="2.2" fill="#e9b872" />
  </svg>
)
