/**
 * FerretDB v1 (CI's MongoDB-wire stand-in, see scripts/ferretdb.sh) lacks some MongoDB features:
 * no $lookup (sorting by a relationship's field), no $max in $group (findDistinct with a sort),
 * no transactions, no collation; it rejects document keys that start with `$` or contain `.`
 * (e.g. Lexical node state in rich text), and its duplicate-key errors name no field (Payload
 * reports path "" on insert, and a 500 on update). Tests that need one of those skip there,
 * saying why:
 *
 *   itUnlessFerret('FerretDB has no $lookup')('sorts articles by their quote’s author', async () => { … })
 *   if (!onFerretDB) expect(error.path).toBe('slug') // for one assertion inside a test
 *
 * `.ci/run` sets FERRETDB=true for its FerretDB pass; real MongoDB and SQLite run everything.
 */
export const onFerretDB = process.env.FERRETDB === 'true'

type TestFn = (name: string, fn?: jest.ProvidesCallback, timeout?: number) => void

/** `it`, except on FerretDB, where the test is skipped with `reason` in its name. */
export const itUnlessFerret = (reason: string): TestFn =>
  onFerretDB ? (name, fn, timeout) => it.skip(`${name} [skipped on FerretDB: ${reason}]`, fn, timeout) : it

/** `describe`, except on FerretDB, where the whole block is skipped with `reason` in its name. */
export const describeUnlessFerret = (reason: string): ((name: string, fn: jest.EmptyFunction) => void) =>
  onFerretDB ? (name, fn) => describe.skip(`${name} [skipped on FerretDB: ${reason}]`, fn) : describe
