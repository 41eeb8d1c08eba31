#!/usr/bin/env bash
# Production smoke test: `npm start` as an operator runs it, then HTTP checks and a SIGTERM.
#
#   bash tests/smoke/production.sh
#
# Starts the server with NODE_ENV=production, its own PAYLOAD_SECRET, SERVER_URL its own address
# and a throwaway SQLite database in a temporary DATA_DIR (SMOKE_DATABASE_URL overrides the database), on SMOKE_PORT
# (default 3123, or a free port if that one is taken). Without a build, `npm start` builds
# first, so the wait for /readyz grows by BUILD_TIMEOUT. Prints each check and the start-up,
# memory and shutdown numbers; exits 1 at the first failure. The server is always killed on exit.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"

READY_TIMEOUT=${READY_TIMEOUT:-120}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-300}
SHUTDOWN_TIMEOUT=20

port=${SMOKE_PORT:-3123}
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')
fi
base="http://127.0.0.1:$port"
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/alt-smoke.XXXXXX")
log="$data_dir/server.log"
body="$data_dir/body"
headers="$data_dir/headers"
server_pid=

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
seconds() { printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000)); }
pass() { printf '  ok   %s\n' "$*"; }
fail() {
  printf '  FAIL %s\n' "$*" >&2
  if [[ -f $log ]]; then
    printf '\n--- last 40 lines of the server log ---\n' >&2
    tail -n 40 "$log" >&2
  fi
  exit 1
}
cleanup() {
  # The server runs in its own process group (setsid): kill npm, tsx and node together.
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap cleanup EXIT

# get <path> [curl args…]: GET into $body/$headers, prints the HTTP status.
get() {
  local path=$1
  shift
  curl -sS -g -o "$body" -D "$headers" -w '%{http_code}' "$@" "$base$path"
}
header() { grep -i "^$1:" "$headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }

echo "production smoke test: $base, data in $data_dir"
wait_limit=$READY_TIMEOUT
if [[ ! -f .next/BUILD_ID ]]; then
  wait_limit=$((READY_TIMEOUT + BUILD_TIMEOUT))
  echo "no Next.js build yet: npm start builds first (waiting up to ${wait_limit} s)"
fi

started=$(date +%s%N)
# setsid: a process group of its own, so the trap can kill the whole tree. `wait` still works
# because setsid execs npm in this shell's child.
env NODE_ENV=production PAYLOAD_SECRET="smoke-$RANDOM$RANDOM$RANDOM" SERVER_URL="$base" PORT="$port" \
  DATA_DIR="$data_dir" MEDIA_DIR="$data_dir/media" DATABASE_URL="${SMOKE_DATABASE_URL:-file:$data_dir/alt.db}" \
  setsid npm start >"$log" 2>&1 &
server_pid=$!

until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/readyz") == 200 ]]; do
  kill -0 "$server_pid" 2>/dev/null || fail "npm start exited before /readyz answered 200"
  (($(ms_since "$started") < wait_limit * 1000)) || fail "/readyz not 200 after ${wait_limit} s"
  sleep 0.5
done
ready_ms=$(ms_since "$started")
pass "/readyz 200 after $(seconds "$ready_ms")"
# The Node process that serves (npm and tsx are its parents): the largest RSS in the group.
rss_kb=$(ps -o rss= -g "$server_pid" | sort -n | tail -n 1 | tr -d ' ')

status=$(get /readyz)
[[ $status == 200 && $(jq -r '.status + " " + .components.database' "$body") == "ready up" ]] || fail "/readyz: $status $(cat "$body")"
pass "/readyz 200 $(jq -c . "$body")"

status=$(get /healthz)
[[ $status == 200 && $(jq -r .status "$body") == ok ]] || fail "/healthz: $status $(cat "$body")"
pass '/healthz 200 {"status":"ok"}'

status=$(get '/api/articles?where[slug][equals]=understanding-ketamine' -H 'x-request-id: smoke-rest-1')
[[ $status == 200 ]] || fail "REST articles: HTTP $status"
[[ $(jq -r '.totalDocs' "$body") == 1 && $(jq -r '.docs[0].slug' "$body") == understanding-ketamine ]] ||
  fail "REST articles: expected the seeded article, got $(head -c 300 "$body")"
pass "REST /api/articles?where[slug][equals]=understanding-ketamine: totalDocs 1, \"$(jq -r '.docs[0].title' "$body")\""

for name in X-Content-Type-Options X-Frame-Options Referrer-Policy Permissions-Policy Cross-Origin-Opener-Policy \
  Content-Security-Policy Strict-Transport-Security; do
  [[ -n $(header "$name") ]] || fail "REST response lacks $name"
done
[[ $(header Strict-Transport-Security) == 'max-age=31536000; includeSubDomains' ]] || fail "HSTS: $(header Strict-Transport-Security)"
[[ -z $(header X-Powered-By) ]] || fail "REST response has X-Powered-By: $(header X-Powered-By)"
[[ $(header x-request-id) == smoke-rest-1 ]] || fail "x-request-id not echoed (got '$(header x-request-id)')"
pass "REST response: security headers present, no X-Powered-By, x-request-id echoed"

# A 400 through Next's REST route keeps Payload's per-field messages (they are lost when Next
# bundles a second copy of payload: see next.config.mjs).
status=$(get /api/users/login -X POST -H 'content-type: application/json' --data '{"password":"x"}')
[[ $status == 400 && $(jq -r '.errors[0].data.errors[0].path' "$body") == email ]] ||
  fail "REST 400 without field messages: HTTP $status $(head -c 300 "$body")"
pass "REST 400 keeps its field messages: $(jq -c '.errors[0].data.errors[0]' "$body")"

query='{ Articles(where:{slug:{equals:"understanding-ketamine"}}) { docs { title slug } } }'
status=$(get /api/graphql -X POST -H 'content-type: application/json' --data "$(jq -n --arg q "$query" '{query: $q}')")
[[ $status == 200 && $(jq -r '.data.Articles.docs | length' "$body") == 1 &&
  $(jq -r '.data.Articles.docs[0].slug' "$body") == understanding-ketamine ]] ||
  fail "GraphQL: HTTP $status $(head -c 300 "$body")"
pass "GraphQL Articles(where: slug = understanding-ketamine): 1 doc"

# The API contract and its reference page, through Next (it reads swagger-ui-dist's files at run time).
status=$(get /api/openapi.json)
[[ $status == 200 && $(jq -r .openapi "$body") == 3.1.0 ]] || fail "/api/openapi.json: HTTP $status $(head -c 300 "$body")"
status=$(get /api/docs/swagger-ui-bundle.js)
[[ $status == 200 && $(header Content-Type) == text/javascript* ]] || fail "/api/docs/swagger-ui-bundle.js: HTTP $status"
status=$(get /api/docs)
# The page's own stricter policy (Next keeps the server's header, so the server sets it there).
[[ $status == 200 ]] && grep -i '^content-security-policy:' "$headers" | grep -q "default-src 'self'" ||
  fail "/api/docs: HTTP $status, CSP: $(grep -i '^content-security-policy:' "$headers" | tr -d '\r' | tr '\n' ' ')"
pass "/api/openapi.json (OpenAPI 3.1.0), /api/docs and its Swagger UI files served through Next"

status=$(get /admin/login)
[[ $status == 200 ]] || fail "/admin/login: HTTP $status"
grep -Eq '<title>Login +· ALT\.</title>' "$body" || fail "/admin/login: no <title>Login · ALT.</title> in the page"
[[ $(header X-Frame-Options) == SAMEORIGIN && $(header X-Content-Type-Options) == nosniff && -z $(header X-Powered-By) ]] ||
  fail "/admin/login: security headers missing or X-Powered-By present"
pass "/admin/login 200 HTML (<title>Login · ALT.</title>), security headers, no X-Powered-By"

# The admin's CSP: scripts from this origin, inline ones only with this response's nonce, which
# Next writes on each of its inline scripts (a browser runs no other).
csp=$(header Content-Security-Policy)
nonce=$(sed -n "s/.*script-src 'self' 'nonce-\([A-Za-z0-9+\/=]*\)'.*/\1/p" <<<"$csp")
[[ $csp == "default-src 'self'; "* && -n $nonce ]] || fail "/admin/login CSP without default-src 'self' and a script nonce: $csp"
inline=$(grep -o '<script[^>]*>' "$body" | grep -vc ' src=' || true)
unsigned=$(grep -o '<script[^>]*>' "$body" | grep -v ' src=' | grep -vc "nonce=\"$nonce\"" || true)
((inline > 0 && unsigned == 0)) || fail "/admin/login: $unsigned of $inline inline scripts lack the nonce $nonce"
get /admin/login >/dev/null
[[ $(header Content-Security-Policy) != "$csp" ]] || fail "/admin/login: the same nonce twice"
pass "/admin/login CSP: default-src 'self', script-src 'self' with a fresh nonce, carried by all $inline inline scripts"

# Sign-in: the session cookie is Secure, and Payload reads it only on requests from SERVER_URL's
# origin (its CSRF check), so a page elsewhere cannot act with a signed-in browser's cookie.
smoke_password="smoke test passphrase $RANDOM$RANDOM"
status=$(get /api/users/first-register -X POST -H 'content-type: application/json' -H "Origin: $base" \
  --data "$(jq -n --arg p "$smoke_password" '{email: "smoke@alt.test", name: "Smoke Test", password: $p}')")
[[ $status == 200 ]] || fail "first-register: HTTP $status $(head -c 300 "$body")"
cookie=$(grep -i '^set-cookie: payload-token=' "$headers" | tr -d '\r')
[[ $cookie == *'; Secure'* && $cookie == *'; HttpOnly'* ]] || fail "the session cookie is not Secure and HttpOnly: $cookie"
token=$(jq -r .token "$body")
status=$(get /api/users/me -H "Cookie: payload-token=$token" -H "Origin: $base")
[[ $(jq -r .user.email "$body") == smoke@alt.test ]] || fail "/api/users/me from SERVER_URL's origin: HTTP $status $(head -c 300 "$body")"
status=$(get /api/users/me -H "Cookie: payload-token=$token" -H 'Origin: https://evil.test')
[[ $(jq -r .user "$body") == null ]] || fail "/api/users/me with the cookie from https://evil.test is signed in: $(head -c 300 "$body")"
pass "session cookie Secure and HttpOnly; with it, Origin $base is signed in and Origin https://evil.test is anonymous"

# Without SMTP no email is sent; the log says so, to whom (redacted), never with the reset link.
grep -q 'SMTP_HOST is not set: no email is sent. Password reset and staff notifications' "$log" ||
  fail "no start-up warning that email needs SMTP_HOST"
status=$(get /api/users/forgot-password -X POST -H 'content-type: application/json' --data '{"email": "smoke@alt.test"}')
[[ $status == 200 ]] || fail "forgot-password: HTTP $status $(head -c 300 "$body")"
for ((i = 0; i < 20; i++)); do grep -q '"Email not sent: SMTP_HOST is unset"' "$log" && break; sleep 0.1; done
line=$(grep '"Email not sent: SMTP_HOST is unset"' "$log" || true)
[[ -n $line ]] && jq -e '.to == ["s***@alt.test"] and .subject == "Reset your ALT. password" and (has("body") | not)' <<<"$line" >/dev/null ||
  fail "forgot-password: the log does not say the email was not sent, to s***@alt.test: $line"
! grep -Eq 'reset/[0-9a-f]{20}|smoke@alt\.test' "$log" || fail "the log holds a reset link or the address: $(grep -E 'reset/[0-9a-f]{20}|smoke@alt\.test' "$log" | head -c 300)"
pass "forgot-password without SMTP: the log says the email to s***@alt.test was not sent, no reset link in the log"

line=$(grep '"requestId":"smoke-rest-1"' "$log" || true)
[[ -n $line ]] || fail "no request log line for x-request-id smoke-rest-1"
jq -e '.method == "GET" and .path == "/api/articles" and .status == 200 and (.durationMs | type) == "number"' <<<"$line" >/dev/null ||
  fail "request log line is not as expected: $line"
pass "request log: one JSON line, path without its query string: $line"

stopping=$(date +%s%N)
kill -TERM "$server_pid"
for ((i = 0; i < SHUTDOWN_TIMEOUT * 10; i++)); do
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$server_pid" 2>/dev/null && fail "still running ${SHUTDOWN_TIMEOUT} s after SIGTERM"
shutdown_ms=$(ms_since "$stopping")
rc=0
wait "$server_pid" || rc=$?
server_pid=
((rc == 0)) || fail "exit code $rc after SIGTERM (expected 0)"
for step in 'SIGTERM received' 'HTTP server closed' 'shutdown complete'; do
  grep -q "$step" "$log" || fail "the log does not show \"$step\""
done
pass "SIGTERM: exit code 0 after $(seconds "$shutdown_ms"), log shows a clean shutdown"

echo "measured: ready $(seconds "$ready_ms") after npm start, server RSS $((rss_kb / 1024)) MB, shutdown $(seconds "$shutdown_ms")"
echo "production smoke test passed"
