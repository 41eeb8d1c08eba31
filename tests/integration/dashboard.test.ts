import type { Payload } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'

import { paragraph, richText } from '../../seed/lexical'
import { RoleDashboard } from '../../src/components/dashboard/RoleDashboard'
import { managerStats } from '../../src/dashboard/managerStats'
import { collectionSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { tokenFor } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
const hour = 3_600_000
let payload: Payload
let manager: Awaited<ReturnType<typeof tokenFor>>
let editor: Awaited<ReturnType<typeof tokenFor>>
let reviewer: Awaited<ReturnType<typeof tokenFor>>

beforeAll(async () => {
  payload = await startPayload()
  await tokenFor(payload, 'admin')
  manager = await tokenFor(payload, 'manager')
  editor = await tokenFor(payload, 'editor')
  reviewer = await tokenFor(payload, 'clinical-reviewer')
})
afterAll(async () => {
  await payload.destroy()
})

/** A submission that arrived `hoursAgo`, optionally taken up by the manager (over REST) now. */
const arrived = async (hoursAgo: number, change: Record<string, unknown> = {}, takeUp = false) => {
  const { id } = await payload.create({ collection: slug, data: { ...submission(payload), createdAt: new Date(Date.now() - hoursAgo * hour).toISOString(), ...change } as never })
  if (takeUp) expect((await rest('PATCH', `/${slug}/${id}`, { token: manager.token, body: { status: 'in-progress' } })).status).toBe(200)
  return id
}

const render = async (user: unknown) => renderToStaticMarkup(await RoleDashboard({ payload, user: user as never }))

test('manager numbers: submissions per week by type (no spam), and the median wait until a submission left "new"', async () => {
  const before = await managerStats(payload)
  await arrived(2, { inquiryType: 'general' }, true)
  await arrived(4, { inquiryType: 'general' }, true)
  await arrived(1, { inquiryType: 'appointment' })
  await arrived(1, { status: 'spam' })
  const stats = await managerStats(payload)

  const total = (rows: typeof stats.rows) => rows.reduce((sum, row) => sum + row.counts.general + row.counts.appointment, 0)
  expect(stats.rows).toHaveLength(12)
  expect(total(stats.rows) - total(before.rows)).toBe(3)
  expect(stats.answered - before.answered).toBe(2)
  // The two answered after 2 h and 4 h (plus the seconds this test takes): median 3 h.
  expect(before.medianFirstResponseMs).toBeNull()
  expect(stats.medianFirstResponseMs! / hour).toBeCloseTo(3, 1)
})

test('each role sees its own dashboard', async () => {
  const draft = await payload.create({ collection: collectionSlugs.articles, draft: true, data: { title: 'A draft to review', body: richText([paragraph('Draft text.')]), _status: 'draft' } as never })

  const managerView = await render(manager.user)
  expect(managerView).toMatch(/\d+ new contact submissions?/)
  expect(managerView).toContain('<svg')
  expect(managerView).toContain('Median time to first response')
  expect(managerView).not.toContain('A draft to review')

  const editorView = await render(editor.user)
  expect(editorView).toContain('Drafts')
  expect(editorView).toContain(`/admin/collections/articles/${draft.id}`)
  expect(editorView).not.toContain('contact submission')

  const reviewerView = await render(reviewer.user)
  expect(reviewerView).toContain('Review queue')
  expect(reviewerView).toContain('A draft to review')
  expect(reviewerView).toContain('Overdue for review')
  expect(reviewerView).not.toContain('contact submission')
})

test('editors and reviewers see one review queue: what was submitted first, then what was never reviewed; editors see what was sent back', async () => {
  const neverReviewed = await payload.create({
    collection: collectionSlugs.services,
    data: { name: 'Published, never reviewed', _status: 'published' } as never,
    context: { seeding: true },
  })
  const submitted = await payload.create({ collection: collectionSlugs.articles, draft: true, data: { title: 'Submitted for review', body: richText([paragraph('Text.')]), _status: 'draft' } as never })
  expect((await rest('POST', `/${collectionSlugs.articles}/${submitted.id}/submit-for-review`, { token: editor.token, body: {} })).status).toBe(200)
  const sentBack = await payload.create({ collection: collectionSlugs.articles, draft: true, data: { title: 'Sent back one', body: richText([paragraph('Text.')]), _status: 'draft' } as never })
  await rest('POST', `/${collectionSlugs.articles}/${sentBack.id}/submit-for-review`, { token: editor.token, body: {} })
  await rest('POST', `/${collectionSlugs.articles}/${sentBack.id}/send-back`, { token: reviewer.token, body: { comment: 'Shorten the intro.' } })

  /** The titles listed in the panel with this heading, in order. */
  const panel = (html: string, heading: string) => {
    const section = html.split('<section').find((part) => part.includes(`<h2>${heading}`)) ?? ''
    return [...section.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((match) => match[1])
  }
  const editorQueue = panel(await render(editor.user), 'Awaiting clinical review')
  const reviewerQueue = panel(await render(reviewer.user), 'Review queue')
  expect(editorQueue).toEqual(reviewerQueue)
  expect(reviewerQueue[0]).toBe('Submitted for review')
  expect(reviewerQueue).toContain(neverReviewed.name)
  expect(reviewerQueue).not.toContain('Sent back one')
  const editorView = await render(editor.user)
  expect(panel(editorView, 'Sent back to editors')).toEqual(['Sent back one'])
  expect(editorView).toContain('sent back: “Shorten the intro.”')
  expect(await render(reviewer.user)).toContain(`submitted by ${editor.user.name}`)
})

test('the editor’s drafts: their own first, each with its kind and who started it; an untitled one still has a line to open', async () => {
  const colleague = await tokenFor(payload, 'editor')
  const theirs = await rest('POST', `/${collectionSlugs.articles}?draft=true`, { token: colleague.token, body: { title: 'A colleague’s draft' } })
  const mine = await rest('POST', `/${collectionSlugs.services}?draft=true&autosave=true`, { token: editor.token, body: {} })
  expect([theirs.status, mine.status]).toEqual([201, 201])
  const html = await render(editor.user)
  const drafts = html.split('<section').find((part) => part.includes('<h2>Drafts'))!
  const lines = [...drafts.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''))
  expect(lines[0]).toMatch(/^\(untitled service\) Service, changed \d+ \w{3} \d{4}, yours$/)
  expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^A colleague’s draft Article, changed .*, by ${colleague.user.name}$`)))
})

test('reviewers see published pages above the reading target, hardest first; editors and managers do not', async () => {
  // Long sentences of long words: well above grade 8. The seed context publishes without the gate.
  const hard = (words: string) => richText(Array.from({ length: 12 }, () => paragraph(`${words} `.repeat(4).trim() + '.')))
  const publish = (title: string, body: unknown) =>
    payload.create({ collection: collectionSlugs.articles, data: { title, body, _status: 'published' } as never, context: { seeding: true } })
  await publish('Fairly hard', hard('Therapeutic integration considerations'))
  await publish('Hardest of all', hard('Neuropsychopharmacological interdisciplinary considerations'))
  await publish('Plain words', richText(Array.from({ length: 12 }, () => paragraph('We talk. You rest. We plan the next step with you. It is your choice.'))))
  await payload.create({ collection: collectionSlugs.articles, draft: true, data: { title: 'Hard draft', body: hard('Neuropsychopharmacological interdisciplinary considerations'), _status: 'draft' } as never })

  const heading = 'Published above the reading target, hardest first'
  const reviewerView = await render(reviewer.user)
  const card = reviewerView.slice(reviewerView.indexOf(heading))
  const listed = [...card.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map(([, title]) => title)
  expect(listed.slice(0, 2)).toEqual(['Hardest of all', 'Fairly hard'])
  expect(listed).not.toContain('Plain words')
  expect(listed).not.toContain('Hard draft')
  expect(card).toMatch(/grade \d+(\.\d)?, target 8/)
  for (const other of [editor, manager]) expect(await render(other.user)).not.toContain(heading)
})
