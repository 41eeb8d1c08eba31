'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ReadabilitySourceField } from '../readability/readabilityCheck'

import { analyzeReadability, gradedMinimumWords, type ReadabilityAnalysis, type ReadabilityProblem } from '../readability/analyzeReadability'
import { glossaryRules } from '../readability/defaultGlossary'
import { globalSlugs } from '../slugs'

type Rules = ReturnType<typeof glossaryRules>

/**
 * How long typing must pause before the panel is worked out again. With the analysis of a
 * 5,000-word article at about 60 ms (`npm run bench:readability`), the panel follows a pause
 * within 300 ms, and no keystroke waits on it while the writer is typing.
 */
const pauseMs = 100
/** Problems listed at once; the rest are counted (all are in the Readability tab after saving). */
const shownProblems = 8

/**
 * Puts the caret on a problem's sentence in its field and scrolls to it: the text of a Lexical
 * editor is searched by the sentence's opening words (the excerpt may be cut short), a text
 * field's value by the same. False when the field is not on screen (another tab is open).
 */
const showInText = ({ field, excerpt }: ReadabilityProblem) => {
  const opening = excerpt.replace(/…$/, '').slice(0, 40)
  const input = document.getElementById(`field-${field.replace(/\./g, '__')}`)
  if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
    const at = input.value.indexOf(opening)
    if (at === -1) return false
    input.focus()
    input.setSelectionRange(at, at + opening.length)
    input.scrollIntoView({ block: 'center' })
    return true
  }
  const editor = document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(field)}"] [data-lexical-editor="true"]`)
  if (!editor) return false
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(opening.slice(0, Math.min(opening.length, node.textContent!.length)))
    if (at === -1) continue
    editor.focus()
    document.getSelection()!.setBaseAndExtent(node, at, node, Math.min(node.textContent!.length, at + opening.length))
    node.parentElement!.scrollIntoView({ block: 'center' })
    return true
  }
  return false
}

const percent = (share: number) => `${Math.round(share * 100)} %`

/**
 * The sidebar's "Readability as you type": the reading grade of what is in the form now against
 * the clinic's target, and each problem with its sentence and a button that shows it in the
 * text. It runs the same analysis and the same glossary as the check on save (the stored
 * figures in the Readability tab are the server's); it only reads, never changes the text.
 */
export const LiveReadability = ({ sources }: { sources: ReadabilitySourceField[] }) => {
  const { config } = useConfig()
  const values = useFormFields(([fields]) => sources.map(({ path }) => fields[path]?.value))
  const [rules, setRules] = useState<Rules>()
  const [shown, setShown] = useState<{ analysis: ReadabilityAnalysis; tookMs: number }>()
  const [notOnScreen, setNotOnScreen] = useState(false)

  useEffect(() => {
    // The glossary as saved (staff may read it), else the defaults the server also falls back to.
    fetch(`${config.serverURL}${config.routes.api}/globals/${globalSlugs.glossary}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined)
      .then((saved) => setRules(glossaryRules(saved)))
  }, [config.serverURL, config.routes.api])

  useEffect(() => {
    if (!rules) return
    const timer = setTimeout(() => {
      const started = performance.now()
      const analysis = analyzeReadability(
        sources.map(({ path, label }, index) => ({ field: path, label, value: values[index] })),
        rules,
      )
      setShown({ analysis, tookMs: performance.now() - started })
    }, pauseMs)
    return () => clearTimeout(timer)
    // The values, one by one: the panel is worked out again when one of its fields changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rules, ...values])

  if (!shown || !rules) return null
  const { analysis, tookMs } = shown
  const graded = analysis.words >= gradedMinimumWords
  const above = graded && analysis.grade > rules.targetGrade
  return (
    <div className="live-readability" data-analysis-ms={tookMs.toFixed(1)}>
      <h3 className="live-readability__title">Readability as you type</h3>
      <p className={`live-readability__grade${above ? ' live-readability__grade--above' : ''}`}>
        Grade <strong data-grade={analysis.grade}>{analysis.grade}</strong> ({analysis.gradeFormula === 'smog' ? 'SMOG' : 'Flesch–Kincaid'}) · target {rules.targetGrade}
      </p>
      <p className="live-readability__figures">
        {analysis.words} words · {analysis.longSentences} long {analysis.longSentences === 1 ? 'sentence' : 'sentences'} · {percent(analysis.passiveShare)} passive · reading ease {analysis.fleschReadingEase}
      </p>
      {!graded && <p className="live-readability__note">The grade counts against the target from {gradedMinimumWords} words.</p>}
      {notOnScreen && <p className="live-readability__note">Open the Content tab to see it in the text.</p>}
      {analysis.problems.length > 0 && (
        <ul className="live-readability__problems">
          {analysis.problems.slice(0, shownProblems).map((problem, index) => (
            <li key={`${problem.kind}-${index}`}>
              <p>{problem.message}</p>
              <blockquote>{problem.excerpt}</blockquote>
              <button className="live-readability__show" onClick={() => setNotOnScreen(!showInText(problem))} type="button">
                Show in text
              </button>
            </li>
          ))}
        </ul>
      )}
      {analysis.problems.length > shownProblems && (
        <p className="live-readability__note">and {analysis.problems.length - shownProblems} more: each is listed in the Readability tab once saved.</p>
      )}
    </div>
  )
}
