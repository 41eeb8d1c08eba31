/** A fixed-window counter: adds one hit to `key` and says how many the window holds now. */
export type RateLimitStore = {
  hit: (key: string, windowMs: number) => Promise<{ count: number; resetInMs: number }>
  /** Takes one hit back from `key`'s current window (never below zero); nothing when the window has ended. */
  unhit: (key: string) => Promise<void>
  close: () => Promise<void>
}
