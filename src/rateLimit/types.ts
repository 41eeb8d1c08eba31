/** A fixed-window counter: adds one hit to `key` and says how many the window holds now. */
export type RateLimitStore = {
  hit: (key: string, windowMs: number) => Promise<{ count: number; resetInMs: number }>
  close: () => Promise<void>
}
