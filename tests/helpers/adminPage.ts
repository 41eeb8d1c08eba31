import type { Locator, Page } from 'playwright-core'

/** Waits until the first element `locator` matches is visible. */
export const expectVisible = async (locator: Locator) => {
  await locator.first().waitFor({ state: 'visible' })
}

/** Selects `text` inside the admin's rich-text editor, so that typing replaces it. */
export const selectInEditor = async (page: Page, text: string) => {
  const found = await page.locator('[data-lexical-editor="true"]').evaluate((editor, wanted) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted)
      if (at === -1) continue
      ;(editor as HTMLElement).focus()
      document.getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length)
      return true
    }
    return false
  }, text)
  if (!found) throw new Error(`"${text}" is not in the editor`)
}
