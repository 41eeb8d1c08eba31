import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The Express host (src/server.ts) opens Payload before Next loads, and Next's routes reuse that
  // instance. Bundling a second copy of `payload` into Next would give it its own error classes,
  // so its REST error formatting would not recognise the instance's ValidationErrors and would
  // drop their per-field messages. One copy, from node_modules, serves both.
  // swagger-ui-dist: the API reference page reads its files from the package folder at run time.
  serverExternalPackages: ['payload', 'swagger-ui-dist'],
}

export default withPayload(nextConfig)
