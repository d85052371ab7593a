#!/usr/bin/env bash
# Entry point behind `npm run dev`, `npm test`, `npm run test:faults`, `npm run typecheck`, `npm run bench`.
# Installs what is missing (Node 22, npm packages, FerretDB), then does the job.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib/ensure.sh"

cmd="${1:-}"; shift || true
ensure_node
ensure_deps
[ -n "${MONGODB_URI:-}" ] || ensure_ferretdb
export PATH="$ROOT/node_modules/.bin:$PATH"
export HT_TOOLS_DIR="$TOOLS_DIR"

case "$cmd" in
  setup) log "ready: node $(node --version), FerretDB in .tools/bin" ;;
  dev) ensure_web_build; exec tsx "$ROOT/scripts/dev.ts" "$@" ;;
  # The admin extensions type-check and bundle with esbuild (no Shopify CLI needed).
  typecheck) (cd "$ROOT/server" && tsc -p tsconfig.json --noEmit) && tsc -p "$ROOT/extensions/tsconfig.json" && tsx "$ROOT/scripts/build-extensions.ts" \
    && cd "$ROOT/web" && tsc -p tsconfig.json && exec tsc -p tsconfig.test.json --noEmit ;;
  # Server, stand-in and e2e tests (real FerretDB, real Chromium, poppler for the PDFs), then the panel's component tests (jsdom).
  # A filter runs the side(s) it matches; one that matches no test file anywhere fails (a typo never passes).
  test) ensure_web_build; ensure_chromium; ensure_poppler
    sides=(server web)
    if [ $# -gt 0 ]; then
      sides=()
      for side in server web; do
        if (cd "$ROOT/$side" && jest --listTests "$@" 2>/dev/null | grep -q .); then sides+=("$side"); fi
      done
      [ ${#sides[@]} -gt 0 ] || die "no test file matches: $*"
    fi
    for side in "${sides[@]}"; do (cd "$ROOT/$side" && jest "$@"); done ;;
  # Fault injection (killed database and app processes, Admin API failures): one file at a time.
  test-faults) (cd "$ROOT/server" && HT_FAULTS=1 exec jest --runInBand --forceExit test/faults "$@") ;;
  bench) exec tsx "$ROOT/bench/run-all.ts" "$@" ;;
  simulate) exec tsx "$ROOT/scripts/simulate.ts" "$@" ;;
  codegen) exec tsx "$ROOT/scripts/codegen.ts" "$@" ;;
  *) die "usage: scripts/run.sh setup|dev|test|test-faults|typecheck|bench|simulate|codegen [args]" ;;
esac
