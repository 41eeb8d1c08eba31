import type { Express } from 'express'
import type { Server } from 'node:http'

/** `app.listen` as a promise; a port already taken becomes a message that names it. */
export const listen = (app: Express, port: number, host: string) =>
  new Promise<Server>((resolve, reject) => {
    const server = app.listen(port, host, (error) => {
      if (!error) return resolve(server)
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      reject(inUse ? new Error(`port ${port} is already in use (set PORT to a free port)`) : error)
    })
  })
