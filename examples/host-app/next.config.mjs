import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The API reference page (/api/docs) serves Swagger UI's files from the swagger-ui-dist folder.
  serverExternalPackages: ['swagger-ui-dist'],
}

export default withPayload(nextConfig)
