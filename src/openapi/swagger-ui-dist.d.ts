/** The one file of swagger-ui-dist the reference page loads in Node: where the package's files are. */
declare module 'swagger-ui-dist/absolute-path.js' {
  const getAbsoluteFSPath: () => string
  export default getAbsoluteFSPath
}
