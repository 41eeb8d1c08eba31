#!/usr/bin/env bash
# versitygw (an S3-compatible server storing objects as files) for the media tests on S3. Usage:
#
#   bash scripts/s3.sh start    # build if needed, start on 127.0.0.1:$S3_TEST_PORT, wait
#   bash scripts/s3.sh stop     # stop the instance this script started, delete its data
#   bash scripts/s3.sh env      # print the S3_* variables that point the app at it
#
# Env: S3_TEST_PORT (7070), S3_TEST_BIN_DIR (~/.cache/versitygw-bin),
#      S3_TEST_RUN_DIR (${TMPDIR:-/tmp}/alt-versitygw-$S3_TEST_PORT: pid file, log, data).
#
# Built from the module's source (a copy of `go mod download`'s directory), like
# scripts/ferretdb.sh: `go install` refuses modules with replace directives.
set -euo pipefail

readonly VERSION=v1.8.0
readonly MODULE=github.com/versity/versitygw
readonly ACCESS_KEY=alt-test-access SECRET_KEY=alt-test-secret-key
PORT=${S3_TEST_PORT:-7070}
HOST=127.0.0.1
BIN_DIR=${S3_TEST_BIN_DIR:-$HOME/.cache/versitygw-bin}
BIN=$BIN_DIR/versitygw-$VERSION
RUN_DIR=${S3_TEST_RUN_DIR:-${TMPDIR:-/tmp}/alt-versitygw-$PORT}
PID_FILE=$RUN_DIR/versitygw.pid
LOG_FILE=$RUN_DIR/versitygw.log
DATA_DIR=$RUN_DIR/data

say() { printf 's3: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

install() {
  [[ -x $BIN ]] && return 0
  export PATH=/usr/local/go/bin:$PATH
  command -v go >/dev/null || die "Go is needed to build versitygw $VERSION (expected at /usr/local/go/bin/go)"
  say "building versitygw $VERSION into $BIN (first time only; takes a few minutes)…"
  local started=$SECONDS src work
  src=$(go mod download -json "$MODULE@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [[ -n $src && -d $src ]] || die "go mod download $MODULE@$VERSION did not give a source directory"
  work=$(mktemp -d "${TMPDIR:-/tmp}/versitygw-src.XXXXXX")
  # shellcheck disable=SC2064 # expand $work now
  trap "rm -rf '$work'" EXIT
  cp -R "$src/." "$work/"
  chmod -R u+w "$work"
  mkdir -p "$BIN_DIR"
  (cd "$work" && GOTOOLCHAIN=${GOTOOLCHAIN:-local} go build -buildvcs=false -trimpath -o "$BIN.tmp" ./cmd/versitygw)
  mv -f "$BIN.tmp" "$BIN"
  say "built in $((SECONDS - started))s"
}

running_pid() {
  local pid
  [[ -f $PID_FILE ]] || return 1
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -q versitygw "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }

start() {
  if pid=$(running_pid); then say "already running (pid $pid) on $HOST:$PORT"; return 0; fi
  port_open && die "something else is already listening on $HOST:$PORT (set S3_TEST_PORT to use another port)"
  install
  rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  ROOT_ACCESS_KEY_ID=$ACCESS_KEY ROOT_SECRET_ACCESS_KEY=$SECRET_KEY nohup "$BIN" --port "$HOST:$PORT" posix "$DATA_DIR" \
    </dev/null >"$LOG_FILE" 2>&1 &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  for _ in $(seq 1 100); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 20 "$LOG_FILE" >&2 || true
      die "versitygw exited during start-up"
    fi
    port_open && { say "listening on $HOST:$PORT (pid $pid)"; return 0; }
    sleep 0.1
  done
  die "versitygw did not listen on $HOST:$PORT within 10 s"
}

stop() {
  if pid=$(running_pid); then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$RUN_DIR"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  env)
    printf 'S3_ENDPOINT=http://%s:%s\nS3_REGION=us-east-1\nS3_ACCESS_KEY_ID=%s\nS3_SECRET_ACCESS_KEY=%s\nS3_FORCE_PATH_STYLE=true\n' "$HOST" "$PORT" "$ACCESS_KEY" "$SECRET_KEY"
    ;;
  *) die "usage: $0 start|stop|env" ;;
esac
