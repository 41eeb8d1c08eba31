import type { Browser, Page } from 'playwright-core'

import jsonld from 'jsonld'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { signPreviewToken } from '../../src/preview/token'
import { collectionSlugs } from '../../src/slugs'
import { webhookSignature } from '../../src/webhooks/signature'
import { expectVisible, selectInEditor } from '../helpers/adminPage'
import { seriousAccessibilityViolations } from '../helpers/axe'
import { inBrowser, launchChromium, resultsDir, saveScreenshot } from '../helpers/browser'
import { lexicalBlocks } from '../helpers/lexical'
import { freePort, registerFirstAdmin, serverSecret, type ServerProcess, startServerProcess } from '../helpers/serverProcess'
import { buildWebsite, startWebsite } from '../helpers/website'

/**
 * The clinic's website (examples/website), built and started as in production against the
 * content server on another origin, in Debian's Chromium: what visitors, search engines and
 * marketing staff get from it.
 */

const password = 'a long passphrase for e2e'
const editor = { email: 'site-editor@alt.test', name: 'Eddie Editor', roles: ['editor'] }
const reviewer = { email: 'site-reviewer@alt.test', name: 'Dr. Rae Reviewer, MD', roles: ['clinical-reviewer'] }
const manager = { email: 'site-manager@alt.test', name: 'Max Manager', roles: ['manager'] }
const endedOffer = 'Last summer’s offer'
const disclaimer = 'This article is general information, not medical advice. Talk to your clinician about your own care.'
const imageAlt = 'Morning light in a quiet treatment room'
const oldSentenceEnd = 'without significantly depressing respiratory functions.'
const typedSentence = 'Our clinicians explain each step before the first session.'
const newTitle = 'Understanding Ketamine: a guide'
const articlePath = '/articles/understanding-ketamine'

let dataDir: string
let server: ServerProcess
let site: Awaited<ReturnType<typeof startWebsite>>
let browser: Browser
let adminToken: string
let origins: string[]
let webhookSecret: string

const api = (method: string, route: string, body?: unknown, token = adminToken) =>
  fetch(`${server.url}/api${route}`, {
    method,
    headers: { authorization: `JWT ${token}`, ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }) },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }))

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'alt-website-'))
  const [port, sitePort] = [await freePort(), await freePort()]
  const siteUrl = `http://127.0.0.1:${sitePort}`
  server = await startServerProcess({
    dataDir,
    port,
    env: { CORS_ORIGINS: siteUrl, PREVIEW_URL: siteUrl, SITE_URL: siteUrl, WEBHOOK_ALLOWED_ORIGINS: siteUrl },
  })
  adminToken = await registerFirstAdmin(server.url)
  for (const person of [editor, reviewer, manager]) expect((await api('POST', `/${collectionSlugs.users}`, { ...person, password })).status).toBe(201)
  const reviewerId = (await api('GET', `/${collectionSlugs.users}?where[email][equals]=${reviewer.email}`)).body.docs[0].id

  // The article as a clinic would publish it: reviewed, with its disclaimer and a picture.
  const form = new FormData()
  const landscape = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f3d9a4"/><stop offset="1" stop-color="#fbfaf7"/></linearGradient></defs><rect width="1600" height="900" fill="url(#sky)"/><circle cx="1180" cy="300" r="110" fill="#e9b872"/><path d="M0 640 Q400 470 800 620 T1600 560 V900 H0Z" fill="#7a9e7e"/><path d="M0 760 Q500 610 1000 740 T1600 700 V900 H0Z" fill="#1d3b36"/></svg>`
  const png = await sharp(Buffer.from(landscape)).png().toBuffer()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'room.png')
  form.append('_payload', JSON.stringify({ alt: imageAlt }))
  const image = await api('POST', `/${collectionSlugs.media}`, form)
  expect(image.status).toBe(201)
  const article = (await fetch(`${server.url}/api/${collectionSlugs.articles}?where[slug][equals]=understanding-ketamine`).then((res) => res.json())).docs[0]
  const bodyImage = { type: 'upload', version: 3, format: '', id: 'e2e-body-image', fields: null, relationTo: collectionSlugs.media, value: image.body.doc.id }
  const published = await api('PATCH', `/${collectionSlugs.articles}/${article.id}`, {
    body: { ...article.body, root: { ...article.body.root, children: [...article.body.root.children, bodyImage] } },
    reviewedBy: reviewerId,
    lastReviewedAt: new Date().toISOString(),
    medicalDisclaimer: disclaimer,
    meta: { image: image.body.doc.id },
    // The clinic's text reads above the target grade (docs/reviewers.md, reading level).
    readability: { overrideReason: 'The clinic’s existing page; a plain-language rewrite is planned.' },
    _status: 'published',
  })
  expect(published.status).toBe(200)

  // An offer that has ended: the public (and so the site) never sees it.
  const lastYear = new Date(Date.now() - 365 * 86_400_000)
  const ended = await api('POST', `/${collectionSlugs.providerDiscounts}`, {
    title: endedOffer,
    eligibility: 'Healthcare professionals',
    activeFrom: lastYear.toISOString(),
    activeUntil: new Date(lastYear.getTime() + 90 * 86_400_000).toISOString(),
    _status: 'published',
  })
  expect(ended.status).toBe(201)

  // The site's revalidation route hears of every change.
  const webhook = await api('POST', `/${collectionSlugs.webhooks}`, { url: `${siteUrl}/api/revalidate`, events: ['publish', 'unpublish', 'update', 'delete'] })
  expect(webhook.status).toBe(201)

  const settings = { apiUrl: server.url, siteUrl, distDir: '.next-e2e' }
  await buildWebsite(settings)
  webhookSecret = webhook.body.doc.secret
  site = await startWebsite({ ...settings, port: sitePort, webhookSecret })
  browser = await launchChromium()
  origins = [site.url, server.url]
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await server?.stop()
  mkdirSync(resultsDir, { recursive: true })
  if (server) writeFileSync(path.join(resultsDir, 'website-server.log'), server.output())
  if (site) writeFileSync(path.join(resultsDir, 'website.log'), site.output())
  rmSync(dataDir, { recursive: true, force: true })
})

/** The page's HTML as a visitor (or a crawler) gets it. */
const html = async (pathname: string) => {
  const res = await fetch(`${site.url}${pathname}`)
  return { status: res.status, text: await res.text() }
}

/** The article as the public REST API answers an anonymous caller, as plain text. */
const publicArticleText = async () => {
  const res = await fetch(`${server.url}/api/${collectionSlugs.articles}?where[slug][equals]=understanding-ketamine`)
  const { docs } = (await res.json()) as { docs: { title: string; body: unknown }[] }
  return [docs[0].title, ...lexicalBlocks(docs[0].body)].join('\n')
}

/** Polls `check` every 200 ms until it holds; the milliseconds it took, or a failure after `limitMs`. */
const within = async (limitMs: number, what: string, check: () => Promise<boolean>) => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`${what}: not within ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return Date.now() - started
}

// schema.org's context is `@vocab: https://schema.org/` (plus type hints that do not change
// the types): served from here, since the tests send nothing beyond this machine.
const documentLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`unexpected context ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } }
}

/** The schema.org types of a page's JSON-LD blocks, after parsing and expanding each. */
const structuredDataTypes = async (page: string) => {
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(([, json]) => JSON.parse(json))
  const types: string[] = []
  const collect = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(collect)
    if (!node || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') types.push(...(value as string[]))
      else collect(value)
    }
  }
  for (const block of blocks) collect(await jsonld.expand(block, { documentLoader: documentLoader as never }))
  return types.map((type) => type.replace('https://schema.org/', ''))
}

const metaContent = (page: string, attribute: string) => new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(page)?.[1]

describe('the clinic website (examples/website)', () => {
  it('each page carries its JSON-LD, which parses and expands to the schema.org types the API promises, with its SEO meta and canonical URL', async () => {
    const services = (await fetch(`${server.url}/api/${collectionSlugs.services}?select[slug]=true`).then((res) => res.json())).docs as { slug: string }[]
    const pages: [string, string[]][] = [
      ['/', ['MedicalClinic', 'Quotation']],
      [articlePath, ['MedicalWebPage', 'MedicalTherapy', 'MedicalClinic']],
      ...services.map(({ slug }): [string, string[]] => [`/services/${slug}`, ['MedicalTherapy', 'MedicalWebPage']]),
      ['/provider-discounts', ['MedicalClinic']],
      ['/contact', ['MedicalClinic']],
    ]
    for (const [pathname, expected] of pages) {
      const page = await html(pathname)
      expect([pathname, page.status]).toEqual([pathname, 200])
      expect([pathname, await structuredDataTypes(page.text)]).toEqual([pathname, expect.arrayContaining(expected)])
      expect(page.text).toContain(`<link rel="canonical" href="${site.url}${pathname === '/' ? '' : pathname}"/>`)
      expect(metaContent(page.text, 'name="description"')).toBeTruthy()
      expect(metaContent(page.text, 'property="og:title"')).toBeTruthy()
      expect(page.text).toMatch(/<title>[^<]+<\/title>/)
    }
    const article = (await html(articlePath)).text
    // The article's disclaimer, its picture with alt text and every size, and its Open Graph image.
    expect(article).toContain(disclaimer)
    // The reading time the API gives every reader, beside the date.
    const { forReaders } = (await fetch(`${server.url}/api/${collectionSlugs.articles}?where[slug][equals]=understanding-ketamine`).then((res) => res.json())).docs[0]
    expect(forReaders.minutes).toBeGreaterThanOrEqual(4)
    expect(article).toContain(` · ${forReaders.minutes} min read`)
    // Twice: the page's picture (meta.image) and the one in the body (a Lexical upload node).
    expect(article.match(new RegExp(`<img [^>]*alt="${imageAlt}"`, 'g'))).toHaveLength(2)
    expect(article).toMatch(/srcSet="[^"]*-400x300\.png 400w, [^"]*-768x\d+\.png 768w/)
    expect(metaContent(article, 'property="og:image"')).toMatch(new RegExp(`^${server.url}/api/media/file/room`))
    expect(metaContent(article, 'property="og:image:alt"')).toBe(imageAlt)
    // Not found is a 404 page; sitemap.xml and robots.txt come from the API's page list.
    const missing = await html('/articles/no-such-article')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('This page does not exist')
    const sitemap = await html('/sitemap.xml')
    expect(sitemap.text).toContain(`<loc>${site.url}${articlePath}</loc>`)
    for (const { slug } of services) expect(sitemap.text).toContain(`<loc>${site.url}/services/${slug}</loc>`)
    expect((await html('/robots.txt')).text).toContain(`Sitemap: ${site.url}/sitemap.xml`)
    // Provider terms: the active offer, never the one that ended.
    const offers = (await html('/provider-discounts')).text
    expect(offers).toContain('Provider discounts')
    expect(offers).not.toContain(endedOffer)
  })

  it('the revalidation route takes a signed request once: a replay, another body, another secret or an old signature is refused; a bad preview link says why', async () => {
    const body = JSON.stringify({ id: `replay-${Date.now()}`, event: 'update', collection: 'quotes', docId: 1, slug: 'x', occurredAt: new Date().toISOString() })
    const post = (signature: string, text = body) => fetch(`${site.url}/api/revalidate`, { method: 'POST', headers: { 'x-alt-signature': signature }, body: text }).then((res) => res.status)
    const now = Math.floor(Date.now() / 1000)
    expect(await post(webhookSignature('whsec_another', body))).toBe(401)
    expect(await post(webhookSignature(webhookSecret, body), body.replace('quotes', 'articles'))).toBe(401)
    expect(await post(webhookSignature(webhookSecret, body, now - 6 * 60))).toBe(401)
    expect(await post(webhookSignature(webhookSecret, body, now))).toBe(200)
    expect(await post(webhookSignature(webhookSecret, body, now))).toBe(409)
    // The content server's retry of a delivery is signed again: taken.
    expect(await post(webhookSignature(webhookSecret, body, now - 1))).toBe(200)

    const preview = await fetch(`${site.url}${articlePath}?previewToken=forged.token`)
    expect(preview.status).toBe(401)
    expect(await preview.text()).toBe('This preview link is invalid or has expired: open Preview in the admin again.')
  })

  it('visitor: home → an article → the contact form; a bad email gets its field message, the fixed form is stored and the manager sees it in the admin; nothing is requested from another host', async () => {
    const sender = `Vera Visitor ${Date.now()}`
    await inBrowser(browser, 'website visitor', origins, async ({ page }) => {
      await page.goto(site.url)
      await expectVisible(page.getByRole('heading', { level: 1, name: 'ALT.' }))
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await page.getByRole('link', { name: 'Understanding Ketamine' }).click()
      await page.waitForURL(`${site.url}${articlePath}`)
      await expectVisible(page.getByText(oldSentenceEnd))
      await expectVisible(page.getByAltText(imageAlt))
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await page.getByRole('link', { name: 'Contact', exact: true }).click()
      await page.waitForURL(`${site.url}/contact`)
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await page.getByLabel('Name').fill(sender)
      await page.getByLabel('Email').fill('vera-at-example.com')
      await page.getByLabel('Message', { exact: true }).fill('I would like to ask about a first consultation.')
      await page.getByLabel('I agree').check()
      // A person takes more than the intake's minimum fill time (3 s); faster is stored as spam.
      await page.waitForTimeout(3_500)
      await page.getByRole('button', { name: 'Send' }).click()
      await expectVisible(page.locator('#email-error').filter({ hasText: /email/i }))
      expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
      await page.getByLabel('Email').fill('vera@example.com')
      await page.getByRole('button', { name: 'Send' }).click()
      await expectVisible(page.getByText('Thank you. Your message has reached the clinic'))
    })
    const stored = await api('GET', `/${collectionSlugs.contactSubmissions}?where[name][equals]=${encodeURIComponent(sender)}`)
    expect(stored.body.docs).toEqual([expect.objectContaining({ name: sender, email: 'vera@example.com', status: 'new' })])
    await inBrowser(browser, 'website visitor (the manager sees the message)', [server.url], async ({ page }) => {
      await signIn(page, manager.email)
      await page.goto(`${server.url}/admin/collections/${collectionSlugs.contactSubmissions}`)
      await expectVisible(page.locator('.table tbody tr').first().getByText(sender))
    })
  })

  it('marketing staff: Live Preview shows a typed sentence within 2 s while the public site and API show the old text; Preview shows the saved draft; a reviewer publishes; the public page shows it within 10 s', async () => {
    let editorId = ''
    await inBrowser(browser, 'website marketing staff (editor)', origins, async ({ page }) => {
      await signIn(page, editor.email)
      await page.goto(`${server.url}/admin/collections/${collectionSlugs.articles}`)
      await page.waitForURL(/\/admin\/collections\/articles\?.*limit=/)
      await page.getByRole('link', { name: 'Understanding Ketamine' }).click()
      await page.waitForURL(/\/admin\/collections\/articles\/\d+$/)
      editorId = page.url().split('/').pop()!
      await page.getByRole('button', { name: 'Live Preview' }).click()
      const frame = page.frameLocator(`iframe[src^="${site.url}${articlePath}?previewToken="]`)
      await expectVisible(frame.getByRole('heading', { level: 1, name: 'Understanding Ketamine' }))
      await expectVisible(frame.getByText('You are looking at a preview'))

      // A new sentence at the end of a paragraph, typed as the editor types it.
      await selectInEditor(page, oldSentenceEnd)
      await page.keyboard.press('ArrowRight') // to the end of the selection
      const typed = Date.now()
      await page.keyboard.insertText(` ${typedSentence}`)
      await frame.getByText(typedSentence).waitFor({ state: 'visible', timeout: 2_000 })
      const shownAfter = Date.now() - typed
      expect(shownAfter).toBeLessThan(2_000)
      // Related documents stay filled in (the draft and the form's data name them by id).
      expect(await frame.getByAltText(imageAlt).count()).toBe(2)
      await expectVisible(frame.getByRole('heading', { name: 'Related treatments' }))
      await expectVisible(frame.getByText('The essence of well-being'))
      // The title too (the slug stays: it is not generated from the title once published).
      await page.locator('#field-title').fill(newTitle)
      await expectVisible(frame.getByRole('heading', { level: 1, name: newTitle }))
      await frame.getByText(typedSentence).scrollIntoViewIfNeeded()
      await saveScreenshot(page, 'live-preview')
      console.log(`Live Preview showed the typed sentence ${shownAfter} ms after typing`)

      // Autosaved as a draft: neither the public site nor the public API shows it.
      await page.waitForResponse((res) => res.request().method() === 'PATCH' && res.url().includes('autosave=true') && Boolean(res.request().postData()?.includes(typedSentence)))
      expect((await html(articlePath)).text).not.toContain(typedSentence)
      expect(await publicArticleText()).not.toContain(typedSentence)

      // Preview opens the page with the saved draft in a tab of its own.
      const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator('#preview-button').click()])
      await tab.waitForURL(`${site.url}${articlePath}`)
      await expectVisible(tab.getByText(typedSentence))
      await expectVisible(tab.getByText('You are looking at a preview'))
      await tab.getByRole('link', { name: 'Leave preview' }).click()
      await tab.waitForURL(`${site.url}/`)
      await tab.goto(`${site.url}${articlePath}`)
      await expectVisible(tab.getByText(oldSentenceEnd))
      expect(await tab.getByText(typedSentence).count()).toBe(0)
    })
    // Previewing populated no cache: the site's page and the API's answer are still the old ones.
    const publicPage = await fetch(`${site.url}${articlePath}`)
    expect(publicPage.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await publicPage.text()).not.toContain(typedSentence)
    expect(await publicArticleText()).not.toContain(typedSentence)

    let published = 0
    await inBrowser(browser, 'website marketing staff (clinical reviewer)', origins, async ({ page }) => {
      await signIn(page, reviewer.email)
      await page.goto(`${server.url}/admin/collections/${collectionSlugs.articles}/${editorId}`)
      await expectVisible(page.locator('#field-title'))
      await page.getByRole('button', { name: /^Publish/ }).click()
      await expectVisible(page.getByText('Published.', { exact: true }))
      published = Date.now()
    })
    const tookMs = await within(10_000, 'the published sentence on the public page', async () => {
      const page = (await html(articlePath)).text
      return page.includes(typedSentence) && page.includes(`<h1>${newTitle}</h1>`)
    })
    console.log(`The public page showed the publish ${Date.now() - published} ms after it (${tookMs} ms of polling)`)
    expect(await publicArticleText()).toContain(typedSentence)
  })

  it('a slug change is published the same way: the page moves to its new address within 10 s and the old one answers 308 to it, query kept, with no rebuild', async () => {
    const { id } = (await fetch(`${server.url}/api/${collectionSlugs.articles}?where[slug][equals]=understanding-ketamine`).then((res) => res.json())).docs[0]
    expect((await api('PATCH', `/${collectionSlugs.articles}/${id}`, { slug: 'ketamine-explained', _status: 'published' })).status).toBe(200)
    await within(10_000, 'the article at its new address, and a 308 to it at the old one', async () => {
      const [moved, old] = await Promise.all([html('/articles/ketamine-explained'), visit(`${articlePath}?utm_source=newsletter`)])
      return moved.status === 200 && moved.text.includes(typedSentence) && old.status === 308 && old.location === `${site.url}/articles/ketamine-explained?utm_source=newsletter`
    })
    const home = (await html('/')).text
    expect(home).toContain('href="/articles/ketamine-explained"')
    expect((await html('/sitemap.xml')).text).toContain(`<loc>${site.url}/articles/ketamine-explained</loc>`)
    // A browser following the old link lands on the page.
    await inBrowser(browser, 'website visitor (an old link)', origins, async ({ page }) => {
      await page.goto(`${site.url}${articlePath}`)
      await page.waitForURL(`${site.url}/articles/ketamine-explained`)
      await expectVisible(page.getByText(typedSentence))
    })
  })

  it('a redirect marketing staff add works on the site within 5 s, with the status they chose; an address with no redirect is still a 404', async () => {
    const from = `/campaigns/spring-${Date.now()}`
    expect((await visit(from)).status).toBe(404)
    const added = await api('POST', `/${collectionSlugs.redirects}`, { from, to: { type: 'custom', url: '/provider-discounts' }, type: '302' })
    expect(added.status).toBe(201)
    const tookMs = await within(5_100 + 1_000, 'the new redirect on the site', async () => (await visit(from)).status === 302)
    console.log(`A redirect added in the admin worked on the site ${tookMs} ms later`)
    expect(await visit(from)).toEqual({ status: 302, location: `${site.url}/provider-discounts` })
    expect((await visit('/campaigns/never-recorded')).status).toBe(404)
  })

  it('a draft never reaches the public: draft-mode and public requests for one page at the same moment each get their own version', async () => {
    const [service] = (await fetch(`${server.url}/api/${collectionSlugs.services}?limit=1`).then((res) => res.json())).docs
    const marker = `Draft name ${Date.now()}`
    expect((await api('PATCH', `/${collectionSlugs.services}/${service.id}?draft=true`, { name: marker })).status).toBe(200)
    // The token the admin's Preview puts in its link (signed with Payload's key from PAYLOAD_SECRET).
    const key = createHash('sha256').update(serverSecret).digest('hex').slice(0, 32)
    const token = signPreviewToken(key, { collection: collectionSlugs.services, id: service.id }, 600)
    const pagePath = `/services/${service.slug}`
    const enter = await fetch(`${site.url}/api/preview?token=${token}&path=${pagePath}`, { redirect: 'manual' })
    expect(enter.status).toBe(307)
    const cookie = enter.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')
    const counts = { draftToPublic: 0, publicToDraft: 0 }
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        Array.from({ length: 6 }, async (_, i) => {
          const previewing = i % 2 === 1
          const text = await fetch(`${site.url}${pagePath}`, { headers: previewing ? { cookie } : {} }).then((res) => res.text())
          if (!previewing && text.includes(marker)) counts.draftToPublic++
          if (previewing && !text.includes(marker)) counts.publicToDraft++
        }),
      )
    }
    expect(counts).toEqual({ draftToPublic: 0, publicToDraft: 0 })
  })
})

/** A page's status and, for a redirect, where it leads (not followed; resolved on the site's origin). */
const visit = async (pathname: string) => {
  const res = await fetch(`${site.url}${pathname}`, { redirect: 'manual' })
  await res.arrayBuffer()
  const location = res.headers.get('location')
  return location === null ? { status: res.status } : { status: res.status, location: new URL(location, site.url).href }
}

/** The admin's sign-in (these roles need no second factor in this run). */
const signIn = async (page: Page, email: string) => {
  await page.goto(`${server.url}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${server.url}/admin`)
}

