#!/usr/bin/env bash
# Prometheus's own checker for the files in deploy/: the alert rules (promtool check rules), their
# unit tests (promtool test rules deploy/alerts.test.yml: each alert fires when it should, and not
# on healthy series) and the scrape configuration (promtool check config). Built with Go from the module source on
# first use and cached in ~/.cache, like scripts/ferretdb.sh. Usage:
#
#   bash scripts/promtool.sh check       # check deploy/alerts.yml (and test it), deploy/prometheus.yml
#   bash scripts/promtool.sh install     # only build (and cache) promtool
#
# Env: PROMTOOL_BIN_DIR (~/.cache/promtool-bin).
set -euo pipefail

NAME=promtool
MODULE=github.com/prometheus/prometheus
# Prometheus 3.x publishes its Go module as v0.3xx.y.
VERSION=v0.316.0
PACKAGE=./cmd/promtool
BIN=${PROMTOOL_BIN_DIR:-$HOME/.cache/promtool-bin}/promtool-$VERSION
# Unused (promtool is not a server), but the shared half expects them.
HOST=127.0.0.1 PORT=0 RUN_DIR=${TMPDIR:-/tmp}

# The module ships a go.work naming folders the module leaves out: build the module alone.
prepare_source() { rm -f "$1/go.work" "$1/go.work.sum"; }

# shellcheck source=scripts/lib/go-service.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/go-service.sh"

deploy="$(cd "$(dirname "${BASH_SOURCE[0]}")/../deploy" && pwd)"

case ${1:-} in
  check)
    install
    "$BIN" check rules "$deploy/alerts.yml"
    "$BIN" test rules "$deploy/alerts.test.yml"
    # --syntax-only: the token file it names exists only inside the Prometheus container.
    "$BIN" check config --syntax-only "$deploy/prometheus.yml"
    ;;
  install) install ;;
  *) echo "usage: $0 check|install" >&2; exit 2 ;;
esac
