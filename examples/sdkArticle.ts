import { PayloadSDK } from '@payloadcms/sdk'

import type { Article, Config } from './payload-types'

/** The same article through Payload's official SDK, typed by the generated `Config`. */
export async function sdkArticle(apiUrl: string, slug: string): Promise<Article | undefined> {
  const sdk = new PayloadSDK<Config>({ baseURL: new URL('/api', apiUrl).toString() })
  const { docs } = await sdk.find({ collection: 'articles', where: { slug: { equals: slug } }, depth: 1 })
  return docs[0]
}
