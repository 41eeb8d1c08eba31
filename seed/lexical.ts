/** Minimal Lexical JSON (the shape @payloadcms/richtext-lexical stores) for plain text. */
export type LexicalRoot = {
  root: { type: 'root'; children: LexicalBlock[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}
type LexicalText = { type: 'text'; text: string; detail: 0; format: 0; mode: 'normal'; style: ''; version: 1 }
type LexicalBlock = {
  type: 'heading' | 'paragraph'
  tag?: 'h2'
  children: LexicalText[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
  textFormat?: 0
  textStyle?: ''
}

const text = (value: string): LexicalText => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
const block = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

export const heading = (value: string): LexicalBlock => ({ ...block, type: 'heading', tag: 'h2', children: [text(value)] })

export const paragraph = (value: string): LexicalBlock => ({
  ...block,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
})

export const richText = (children: LexicalBlock[]): LexicalRoot => ({ root: { ...block, type: 'root', children } })
