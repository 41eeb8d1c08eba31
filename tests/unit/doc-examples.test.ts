import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const docs = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]

// Each `<!-- example: examples/x.ts -->` in the docs is followed by a copy of that file, which
// the integration tests run (webhooks, sitemap, client examples): the docs show tested code.
const examples = docs.flatMap((doc) =>
  [...readFileSync(path.join(root, doc), 'utf8').matchAll(/<!-- example: (\S+) -->\n+```ts\n([\s\S]*?)```/g)].map(([, file, code]) => ({ doc, file, code })),
)

test('the docs show every example file, once', () => {
  expect(examples.map((example) => example.file).sort()).toEqual(
    ['examples/fetchArticle.ts', 'examples/revalidateRoute.ts', 'examples/sdkArticle.ts', 'examples/sitemapXml.ts', 'examples/verifyWebhook.ts'],
  )
})

test.each(examples)('$doc’s copy of $file is the file the tests run', ({ file, code }) => {
  expect(code).toBe(readFileSync(path.join(root, file), 'utf8'))
})
