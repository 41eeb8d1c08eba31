/** text-readability ships no types; the tests use it as an independent count of words, sentences and syllables. */
declare module 'text-readability' {
  const readability: {
    lexiconCount(text: string): number
    sentenceCount(text: string): number
    syllableCount(text: string): number
    polySyllableCount(text: string): number
  }
  export default readability
}
