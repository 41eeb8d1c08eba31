/** This package's name: the admin components are named by it, so a host app's import map finds them. */
export const packageName = '@alt-clinic/payload-clinic-content'

/** Client components (src/exports/client.ts), as the admin's import map names them. */
export const client = `${packageName}/client`

/** Server components (src/exports/rsc.ts). */
export const rsc = `${packageName}/rsc`
