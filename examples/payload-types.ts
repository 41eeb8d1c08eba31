// In a frontend, this is your copy of the CMS's src/payload-types.ts (generated, committed there).
export type * from '../src/payload-types'
