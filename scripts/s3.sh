#!/usr/bin/env bash
# versitygw (an S3-compatible server storing objects as files) for the media tests on S3. Usage:
#
#   bash scripts/s3.sh start    # build if needed, start on 127.0.0.1:$S3_TEST_PORT, wait
#   bash scripts/s3.sh stop     # stop the instance this script started, delete its data
#   bash scripts/s3.sh env      # print the S3_* variables that point the app at it
#   bash scripts/s3.sh install  # only build (and cache) versitygw
#
# Env: S3_TEST_PORT (7070), S3_TEST_BIN_DIR (~/.cache/versitygw-bin),
#      S3_TEST_RUN_DIR (${TMPDIR:-/tmp}/alt-versitygw-$S3_TEST_PORT: pid file, log, data).
set -euo pipefail

NAME=versitygw
MODULE=github.com/versity/versitygw
VERSION=v1.8.0
PACKAGE=./cmd/versitygw
BIN=${S3_TEST_BIN_DIR:-$HOME/.cache/versitygw-bin}/versitygw-$VERSION
HOST=127.0.0.1
PORT=${S3_TEST_PORT:-7070}
RUN_DIR=${S3_TEST_RUN_DIR:-${TMPDIR:-/tmp}/alt-versitygw-$PORT}
readonly ACCESS_KEY=alt-test-access SECRET_KEY=alt-test-secret-key

# shellcheck source=scripts/lib/go-service.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/go-service.sh"

case ${1:-} in
  start)
    mkdir -p "$RUN_DIR"
    start env ROOT_ACCESS_KEY_ID=$ACCESS_KEY ROOT_SECRET_ACCESS_KEY=$SECRET_KEY "$BIN" --port "$HOST:$PORT" posix "$DATA_DIR"
    ;;
  stop) stop; rm -rf "$RUN_DIR" ;;
  env)
    printf 'S3_ENDPOINT=http://%s:%s\nS3_REGION=us-east-1\nS3_ACCESS_KEY_ID=%s\nS3_SECRET_ACCESS_KEY=%s\nS3_FORCE_PATH_STYLE=true\n' "$HOST" "$PORT" "$ACCESS_KEY" "$SECRET_KEY"
    ;;
  install) install ;;
  *) die "usage: $0 start|stop|env|install" ;;
esac
