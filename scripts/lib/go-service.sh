# shellcheck shell=bash
# A test server built with Go from its module source and run in the background: the shared half
# of scripts/ferretdb.sh and scripts/s3.sh, which source this file after setting
#
#   NAME MODULE VERSION PACKAGE   what to build (PACKAGE: the main package, e.g. ./cmd/ferretdb)
#   BIN                           where the binary is cached (a name with the version in it)
#   HOST PORT RUN_DIR             where it listens, and its pid file, log and data
#
# and, if the source needs a change before it builds, a function prepare_source <dir>.
#
# Why from a copy of the module source rather than `go install module@version`: go install
# refuses modules with replace directives (versitygw), and cannot add files the module lacks
# (FerretDB's version.txt).

PID_FILE=$RUN_DIR/$NAME.pid
LOG_FILE=$RUN_DIR/$NAME.log
DATA_DIR=$RUN_DIR/data

say() { printf '%s: %s\n' "$NAME" "$*" >&2; }
die() { say "error: $*"; exit 1; }

install() {
  [[ -x $BIN ]] && return 0
  export PATH=/usr/local/go/bin:$PATH
  command -v go >/dev/null || die "Go is needed to build $NAME $VERSION (expected at /usr/local/go/bin/go)"
  say "building $NAME $VERSION into $BIN (first time only; takes a few minutes)…"
  local started=$SECONDS src work
  src=$(go mod download -json "$MODULE@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [[ -n $src && -d $src ]] || die "go mod download $MODULE@$VERSION did not give a source directory"
  work=$(mktemp -d "${TMPDIR:-/tmp}/$NAME-src.XXXXXX")
  # shellcheck disable=SC2064 # expand $work now
  trap "rm -rf '$work'" EXIT
  cp -R "$src/." "$work/"
  chmod -R u+w "$work"
  if declare -F prepare_source >/dev/null; then prepare_source "$work"; fi
  mkdir -p "$(dirname "$BIN")"
  (cd "$work" && GOTOOLCHAIN=${GOTOOLCHAIN:-local} go build -buildvcs=false -trimpath -o "$BIN.tmp" "$PACKAGE")
  mv -f "$BIN.tmp" "$BIN"
  say "built in $((SECONDS - started))s"
}

running_pid() {
  local pid
  [[ -f $PID_FILE ]] || return 1
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -q "$NAME" "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }

# start <command…>: builds if needed, runs the command (the binary and its arguments) on a fresh
# data directory with no stdin and its output in the log, and waits up to 30 s for the port.
start() {
  local pid
  if pid=$(running_pid); then say "already running (pid $pid) on $HOST:$PORT"; return 0; fi
  port_open && die "something else is already listening on $HOST:$PORT"
  install
  rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  nohup "$@" </dev/null >"$LOG_FILE" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"
  for _ in $(seq 1 150); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 20 "$LOG_FILE" >&2 || true
      die "$NAME exited during start-up (log above, full log: $LOG_FILE)"
    fi
    if port_open; then say "$NAME $VERSION listening on $HOST:$PORT (pid $pid, log $LOG_FILE)"; return 0; fi
    sleep 0.2
  done
  kill "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  die "$NAME did not open $HOST:$PORT within 30 s (log: $LOG_FILE)"
}

# Stops the instance this script started (SIGKILL after 10 s) and deletes its data.
stop() {
  local pid
  if pid=$(running_pid); then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then say "pid $pid ignored SIGTERM for 10 s; sending SIGKILL"; kill -9 "$pid" 2>/dev/null || true; fi
    say "stopped (pid $pid)"
  else
    say "not running"
  fi
  rm -f "$PID_FILE"
  rm -rf "$DATA_DIR"
}
