import { docFiles, readDoc } from '../helpers/docs'

// Each `<!-- example: examples/x.ts -->` in the docs is followed by a copy of that file, which
// the integration tests run (webhooks, sitemap, client examples): the docs show tested code.
const examples = docFiles.flatMap((doc) =>
  [...readDoc(doc).matchAll(/<!-- example: (\S+) -->\n+```(?:ts|js)\n([\s\S]*?)```/g)].map(([, file, code]) => ({ doc, file, code })),
)

test('the docs show every example file, once', () => {
  expect(examples.map((example) => example.file).sort()).toEqual(
    [
      'examples/fetchArticle.ts',
      'examples/host-app/next.config.mjs',
      'examples/host-app/payload.config.ts',
      'examples/nextRedirects.ts',
      'examples/openapiFetchArticle.ts',
      'examples/revalidateRoute.ts',
      'examples/sdkArticle.ts',
      'examples/sitemapXml.ts',
      'examples/verifyWebhook.ts',
      'examples/website/app/api/revalidate/route.ts',
      'examples/website/proxy.ts',
    ],
  )
})

test.each(examples)('$doc’s copy of $file is the file the tests run', ({ file, code }) => {
  expect(code).toBe(readDoc(file))
})
