// This app's collections type Payload's Local API (payload.find({ collection: 'articles' }) returns
// Article). Kept out of src/payload-types.ts, which the package ships, so a host app keeps its own.
import type { Config } from './payload-types'

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
