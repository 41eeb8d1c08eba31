import { existsSync } from 'node:fs'
import path from 'node:path'

import { docFiles, projectRoot as root, readDoc } from '../helpers/docs'

/**
 * Every relative link and image in README.md and docs/*.md points at a file that exists, and a
 * link to `#a-heading` (in the same or another Markdown file) at a heading that exists, by
 * GitHub's rule for heading anchors.
 */

/** The text outside fenced code blocks and inline code, where links and headings are. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, (code) => code.replace(/[[\]()#]/g, ' '))

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
const anchors = (markdown: string) => {
  const seen = new Map<string, number>()
  return markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => {
      const text = line.replace(/^#+ /, '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      const slug = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-')
      const count = seen.get(slug) ?? 0
      seen.set(slug, count + 1)
      return count ? `${slug}-${count}` : slug
    })
}

const links = docFiles.flatMap((doc) =>
  [...prose(readDoc(doc)).matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => ({ doc, target })),
)

test('the docs have links to check', () => {
  expect(links.length).toBeGreaterThan(50)
})

test.each(links)('$doc → $target', ({ doc, target }) => {
  const [file, anchor] = target.split('#')
  const resolved = file ? path.resolve(root, path.dirname(doc), decodeURIComponent(file)) : path.join(root, doc)
  expect(existsSync(resolved) ? path.relative(root, resolved) : `missing: ${path.relative(root, resolved)}`).toBe(path.relative(root, resolved))
  if (anchor !== undefined && resolved.endsWith('.md')) expect(anchors(readDoc(path.relative(root, resolved)))).toContain(anchor)
})

test('README.md is a front door, under 250 lines', () => {
  expect(readDoc('README.md').split('\n').length).toBeLessThan(250)
})
