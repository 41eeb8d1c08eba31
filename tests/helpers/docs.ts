import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The documentation: README.md and every guide in docs/, as paths from the project root. */
export const docFiles = ['README.md', ...readdirSync(path.join(projectRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]

export const readDoc = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8')

/** The GraphQL query that docs/frontend.md sends with curl ("Fetching content"), so tests and the benchmark run the documented one. */
export const documentedGraphQLQuery = (): string => JSON.parse(/"query": ("(?:[^"\\]|\\.)*")/.exec(readDoc('docs/frontend.md'))![1])
