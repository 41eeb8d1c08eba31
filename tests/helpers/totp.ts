import { generate } from 'otplib'
import { setTimeout as sleep } from 'node:timers/promises'

/** The last time step each secret's code was taken for (this process plays everyone's phone). */
const lastStepTaken = new Map<string, number>()

/**
 * A code the server has not accepted yet, as a person types the next code after using one: the
 * current 30 s step's, or the next step's (accepted a step early, for clock drift) when this
 * one was taken already; waits only when both were. Each code works once (RFC 6238 §5.2).
 */
export const freshCode = async (secret: string): Promise<string> => {
  for (;;) {
    const current = Math.floor(Date.now() / 30_000)
    const step = Math.max(current, (lastStepTaken.get(secret) ?? -1) + 1)
    if (step <= current + 1) {
      lastStepTaken.set(secret, step)
      return generate({ secret, epoch: step * 30 })
    }
    await sleep((current + 1) * 30_000 - Date.now() + 50)
  }
}
