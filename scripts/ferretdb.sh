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
set -euo pipefail

NAME=ferretdb
MODULE=github.com/FerretDB/FerretDB
VERSION=v1.24.2
PACKAGE=./cmd/ferretdb
BIN=${FERRETDB_BIN_DIR:-$HOME/.cache/ferretdb-bin}/ferretdb-$VERSION
HOST=127.0.0.1
PORT=${FERRETDB_PORT:-27017}
RUN_DIR=${FERRETDB_RUN_DIR:-${TMPDIR:-/tmp}/alt-ferretdb-$PORT}

# A binary built without it panics at start-up ("Invalid build/version/version.txt file
# content"): the file is generated, and not part of the Go module.
prepare_source() { printf '%s\n' "$VERSION" >"$1/build/version/version.txt"; }

# shellcheck source=scripts/lib/go-service.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/go-service.sh"

case ${1:-} in
  start)
    mkdir -p "$RUN_DIR"
    # Logs warnings and errors only; no telemetry, no debug HTTP server.
    start "$BIN" --handler=sqlite --sqlite-url="file:$DATA_DIR/" --state-dir="$DATA_DIR" \
      --listen-addr="$HOST:$PORT" --debug-addr=- --telemetry=disable --log-level=warn
    ;;
  stop) stop ;;
  status) if pid=$(running_pid); then say "running (pid $pid) on $HOST:$PORT"; else say "not running"; exit 1; fi ;;
  install) install ;;
  *) echo "usage: $0 start|stop|status|install" >&2; exit 2 ;;
esac
