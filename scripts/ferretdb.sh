#!/usr/bin/env bash
# FerretDB v1 (a MongoDB-wire server on SQLite) for running the test suite against the MongoDB
# adapter on machines without mongod. Usage:
#
#   bash scripts/ferretdb.sh start    # build if needed, start on 127.0.0.1:$FERRETDB_PORT, wait
#   bash scripts/ferretdb.sh stop     # stop the instance this script started, delete its data
#   bash scripts/ferretdb.sh status
#
# Env: FERRETDB_PORT (27017), FERRETDB_BIN_DIR (~/.cache/ferretdb-bin),
#      FERRETDB_RUN_DIR (${TMPDIR:-/tmp}/alt-ferretdb-$FERRETDB_PORT: pid file, log, data).
#
# Why not plain `go install …/cmd/ferretdb@v1.24.2`: a binary built that way panics at start-up
# ("Invalid build/version/version.txt file content") because the generated version.txt is not
# part of the Go module. So we build from a copy of the module source with version.txt added.
set -euo pipefail

readonly VERSION=v1.24.2
readonly MODULE=github.com/FerretDB/FerretDB
PORT=${FERRETDB_PORT:-27017}
HOST=127.0.0.1
BIN_DIR=${FERRETDB_BIN_DIR:-$HOME/.cache/ferretdb-bin}
BIN=$BIN_DIR/ferretdb
RUN_DIR=${FERRETDB_RUN_DIR:-${TMPDIR:-/tmp}/alt-ferretdb-$PORT}
PID_FILE=$RUN_DIR/ferretdb.pid
LOG_FILE=$RUN_DIR/ferretdb.log
DATA_DIR=$RUN_DIR/data

say() { printf 'ferretdb: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

binary_ok() { [[ -x $BIN ]] && "$BIN" --version 2>/dev/null | grep -q "version: $VERSION"; }

install() {
  binary_ok && return 0
  export PATH=/usr/local/go/bin:$PATH
  command -v go >/dev/null || die "Go is needed to build FerretDB $VERSION (expected at /usr/local/go/bin/go)"
  say "building FerretDB $VERSION into $BIN (first time only; takes a few minutes)…"
  local started=$SECONDS src work
  src=$(go mod download -json "$MODULE@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [[ -n $src && -d $src ]] || die "go mod download $MODULE@$VERSION did not give a source directory"
  work=$(mktemp -d "${TMPDIR:-/tmp}/ferretdb-src.XXXXXX")
  # shellcheck disable=SC2064 # expand $work now
  trap "rm -rf '$work'" EXIT
  cp -R "$src/." "$work/"
  chmod -R u+w "$work"
  printf '%s\n' "$VERSION" >"$work/build/version/version.txt"
  mkdir -p "$BIN_DIR"
  (cd "$work" && GOTOOLCHAIN=${GOTOOLCHAIN:-local} go build -buildvcs=false -trimpath -o "$BIN.tmp" ./cmd/ferretdb)
  mv -f "$BIN.tmp" "$BIN"
  binary_ok || die "the built binary does not report $VERSION: $("$BIN" --version 2>&1 | head -3)"
  say "built in $((SECONDS - started))s"
}

running_pid() {
  local pid
  [[ -f $PID_FILE ]] || return 1
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -q ferretdb "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }

start() {
  if pid=$(running_pid); then say "already running (pid $pid) on $HOST:$PORT"; return 0; fi
  port_open && die "something else is already listening on $HOST:$PORT (set FERRETDB_PORT to use another port)"
  install
  rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  # No stdin, logs to a file (warnings and errors only), no telemetry, no debug HTTP server.
  nohup "$BIN" \
    --handler=sqlite --sqlite-url="file:$DATA_DIR/" --state-dir="$DATA_DIR" \
    --listen-addr="$HOST:$PORT" --debug-addr=- --telemetry=disable --log-level=warn \
    </dev/null >"$LOG_FILE" 2>&1 &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  for _ in $(seq 1 150); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 20 "$LOG_FILE" >&2 || true
      die "FerretDB exited during start-up (log above, full log: $LOG_FILE)"
    fi
    if port_open; then say "FerretDB $VERSION listening on $HOST:$PORT (pid $pid, log $LOG_FILE)"; return 0; fi
    sleep 0.2
  done
  kill "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  die "FerretDB did not open $HOST:$PORT within 30s (log: $LOG_FILE)"
}

stop() {
  local pid
  if ! pid=$(running_pid); then rm -f "$PID_FILE"; say "not running"; return 0; fi
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then say "pid $pid ignored SIGTERM for 10s; sending SIGKILL"; kill -9 "$pid" 2>/dev/null || true; fi
  rm -f "$PID_FILE"
  rm -rf "$DATA_DIR"
  say "stopped (pid $pid)"
}

case ${1:-} in
  start) mkdir -p "$RUN_DIR"; start ;;
  stop) stop ;;
  status) if pid=$(running_pid); then say "running (pid $pid) on $HOST:$PORT"; else say "not running"; exit 1; fi ;;
  install) install ;;
  *) echo "usage: $0 start|stop|status|install" >&2; exit 2 ;;
esac
