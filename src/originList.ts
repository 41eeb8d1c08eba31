/**
 * A setting that lists origins, comma-separated (`https://www.alt.clinic, http://127.0.0.1:3996`),
 * as exact origins (scheme, host and port). A value that is not one stops the start with the
 * setting's name rather than silently matching nothing.
 */
export const originList = (name: string, raw = ''): string[] =>
  raw
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      let url: URL
      try {
        url = new URL(value)
      } catch {
        throw new Error(`${name}: "${value}" is not an origin like https://www.example.com`)
      }
      if (url.origin !== value.replace(/\/$/, '')) throw new Error(`${name}: "${value}" is not an origin (scheme, host and port only, e.g. ${url.origin})`)
      return url.origin
    })
