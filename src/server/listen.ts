import type { Server } from 'node:http'

/** `server.listen` as a promise; a port already taken becomes a message that names it. */
export const listen = (server: Server, port: number, host: string, setting = 'PORT') =>
  new Promise<Server>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use (set ${setting} to a free port)`) : error)
    })
    server.listen(port, host, () => resolve(server))
  })
