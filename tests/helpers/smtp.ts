import { createServer, type AddressInfo } from 'node:net'

/**
 * The least SMTP server nodemailer will talk to: accepts everything and keeps each message.
 * With `holdMs`, each message is accepted (and kept) only that long after it arrived, like a slow server.
 */
export const fakeSmtpServer = async ({ holdMs = 0 }: { holdMs?: number } = {}) => {
  const messages: string[] = []
  const server = createServer((socket) => {
    let inData = false
    let buffer = ''
    socket.write('220 fake ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n')
        if (end === -1) return
        const message = buffer.slice(0, end)
        buffer = buffer.slice(end + 5)
        inData = false
        const accept = () => {
          messages.push(message)
          socket.write('250 queued\r\n')
        }
        if (holdMs) setTimeout(accept, holdMs)
        else accept()
      }
      let newline
      while (!inData && (newline = buffer.indexOf('\r\n')) !== -1) {
        const command = buffer.slice(0, newline).toUpperCase()
        buffer = buffer.slice(newline + 2)
        if (command.startsWith('DATA')) {
          inData = true
          socket.write('354 go ahead\r\n')
        } else if (command.startsWith('QUIT')) {
          socket.end('221 bye\r\n')
        } else {
          socket.write('250 OK\r\n')
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { messages, port: (server.address() as AddressInfo).port, close: () => server.close() }
}
