import { rmSync } from 'node:fs'

export default () => {
  if (process.env.ALT_TEST_ROOT) rmSync(process.env.ALT_TEST_ROOT, { recursive: true, force: true })
}
