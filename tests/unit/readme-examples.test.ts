import { readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

// Each `<!-- example: examples/x.ts -->` in the README is followed by a copy of that file, which
// the integration tests run (webhooks, sitemap, client examples): the README shows tested code.
const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n+```ts\n([\s\S]*?)```/g)].map(([, file, code]) => ({ file, code }))

test('the README shows the example files', () => {
  expect(examples.map((example) => example.file).sort()).toEqual(
    ['examples/fetchArticle.ts', 'examples/revalidateRoute.ts', 'examples/sdkArticle.ts', 'examples/sitemapXml.ts', 'examples/verifyWebhook.ts'],
  )
})

test.each(examples)('the README’s copy of $file is the file the tests run', ({ file, code }) => {
  expect(code).toBe(readFileSync(path.join(root, file), 'utf8'))
})
