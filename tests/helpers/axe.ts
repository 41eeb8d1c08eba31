import type { Page } from 'playwright-core'

import axe from 'axe-core'

/**
 * axe-core (the npm package's own source, injected into the page: nothing is fetched) over the
 * page or the part `selector` names; returns the serious and critical violations, one line each.
 * Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
 * govern: an inline <script> would be blocked, as it should.
 */
export const seriousAccessibilityViolations = async (page: Page, selector?: string) => {
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async (context) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(context ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }))
  }, selector)
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.targets.join(', ')}`)
}
