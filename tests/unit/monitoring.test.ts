import type { Server } from 'node:http'

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

import '../../src/metrics/collectors'
import { metricsUrl, startMetricsServer } from '../../src/metrics/metricsServer'
import { metricsSettings } from '../../src/metrics/settings'

/**
 * The files in deploy/ against what the app really exposes: every metric the Grafana dashboard
 * and the alert rules query is one /metrics serves (a renamed metric would leave a blank graph
 * or an alert that can never fire), docs/operations.md explains every metric and every alert, and
 * the metrics stay off the network unless asked.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

let server: Server
let exposed: Set<string>
let ours: string[]

beforeAll(async () => {
  server = await startMetricsServer({ port: 0, host: '127.0.0.1' }, 'web')
  const text = await (await fetch(metricsUrl(server))).text()
  const types = [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(([, name, type]) => ({ name, type }))
  // A histogram is queried through its series: name_bucket, name_count, name_sum.
  exposed = new Set(types.flatMap(({ name, type }) => (type === 'histogram' || type === 'summary' ? [name, `${name}_bucket`, `${name}_count`, `${name}_sum`] : [name])))
  ours = types.map(({ name }) => name).filter((name) => name.startsWith('alt_'))
})
afterAll(() => {
  server.close()
})

const keywords = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'offset', 'bool', 'inf', 'nan'])

/** The metric names in a PromQL expression: identifiers that are not functions, keywords, labels or durations. */
const metricNames = (expr: string) =>
  expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // label values, which may hold anything
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '') // label lists
    .replace(/\[[^\]]*\]/g, '') // ranges
    .replace(/\$\w+/g, '') // Grafana variables
    .match(/[a-zA-Z_:][\w:]*(?!\w*\s*\()/g)
    ?.filter((name) => !keywords.has(name.toLowerCase()) && !/^\d/.test(name)) ?? []

/** Every `expr` and templating query in the dashboard, wherever it is nested. */
const dashboardQueries = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(dashboardQueries)
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) => ((key === 'expr' || key === 'definition') && typeof value === 'string' ? [value] : dashboardQueries(value)))
}

const dashboard = JSON.parse(read('deploy/grafana/alt-dashboard.json'))
const rules = (parse(read('deploy/alerts.yml')) as { groups: { rules: { alert: string; expr: string }[] }[] }).groups.flatMap((group) => group.rules)

test('metricNames finds the metrics of a query and nothing else', () => {
  expect(metricNames('histogram_quantile(0.95, sum by (le, route) (rate(alt_http_request_duration_seconds_bucket{instance=~"$instance"}[$__rate_interval])))')).toEqual([
    'alt_http_request_duration_seconds_bucket',
  ])
  expect(metricNames('time() - max by (task) (alt_job_last_success_timestamp_seconds{task="a b"}) > 600 and on() up == 1')).toEqual(['alt_job_last_success_timestamp_seconds', 'up'])
})

test('every query of the Grafana dashboard names a metric the app exposes', () => {
  const queries = dashboardQueries(dashboard)
  expect(queries.length).toBeGreaterThan(20)
  for (const query of queries) {
    const names = metricNames(query.replace(/^label_values\((\w+), \w+\)$/, '$1'))
    expect({ query, names }).toEqual({ query, names: expect.arrayContaining([expect.any(String)]) })
    expect({ query, unknown: names.filter((name) => !exposed.has(name)) }).toEqual({ query, unknown: [] })
  }
})

test('every alert rule names metrics the app exposes', () => {
  expect(rules.length).toBeGreaterThanOrEqual(6)
  for (const { alert, expr } of rules) {
    const names = metricNames(expr)
    expect({ alert, unknown: names.filter((name) => !exposed.has(name)), some: names.length > 0 }).toEqual({ alert, unknown: [], some: true })
  }
})

test('the dashboard shows every metric of the app', () => {
  const shown = new Set(dashboardQueries(dashboard).flatMap((query) => metricNames(query)))
  const missing = ours.filter((name) => ![name, `${name}_count`, `${name}_bucket`].some((series) => shown.has(series)))
  expect(missing).toEqual([])
})

test('docs/operations.md explains every metric and every alert', () => {
  const section = read('docs/operations.md').split('## Metrics and alerts')[1]?.split(/\n## /)[0] ?? ''
  expect(ours.filter((name) => !section.includes(`\`${name}\``))).toEqual([])
  expect(rules.map(({ alert }) => alert).filter((alert) => !section.includes(`\`${alert}\``))).toEqual([])
})

test('metrics are off until METRICS_PORT is set, on loopback unless METRICS_HOST widens it, and then only with a token', () => {
  expect(metricsSettings({})).toBeUndefined()
  expect(metricsSettings({ METRICS_PORT: '9464' })).toEqual({ port: 9464, host: '127.0.0.1', token: undefined, instance: undefined })
  expect(() => metricsSettings({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toThrow(/set METRICS_TOKEN too/)
  expect(metricsSettings({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_TOKEN: 't', METRICS_INSTANCE: 'web-a' })).toEqual({ port: 9464, host: '0.0.0.0', token: 't', instance: 'web-a' })
  expect(() => metricsSettings({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT must be a port number/)
})
