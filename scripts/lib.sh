# Shared steps of scripts/start.sh and scripts/e2e.ts's build: install when missing, build when stale.
ensure_installed() {
  if [ ! -d node_modules ] || [ ! -d generated/prisma ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> Installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

ensure_built() {
  local stamp=.next/BUILD_ID
  if [ ! -f "$stamp" ] || [ -n "$(find app components lib prisma/schema.prisma next.config.ts scripts/browser-zod.mjs package-lock.json postcss.config.mjs -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    echo "==> Building the app (next build)"
    ./node_modules/.bin/next build
  fi
}

# The Chromium Playwright drives: CHROMIUM_PATH when it names a program, else Debian's headless shell
# (chromium-headless-shell: the browser without its window and tab strip, what Playwright's own headless runs
# use; a third less time for the same e2e tests on our 2-core machines, docs/decisions/034), else chromium or
# chromium-browser on PATH. Prints its path; fails when there is none. (scripts/e2e.ts hands it to
# playwright.config.ts.)
find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
    echo "$CHROMIUM_PATH"
    return 0
  fi
  command -v chromium-headless-shell || command -v chromium || command -v chromium-browser
}

# Without the headless shell, installs Debian's when it can (root, apt-get: CI, our machines); otherwise a
# full Chromium does (slower), and without any, says the one command to run. Checked by
# scripts/chromium.test.ts with stubs (id, apt-get), never by removing the real one.
ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return 0; fi
  command -v chromium-headless-shell >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> No headless Chromium found: installing Debian's (apt-get install chromium-headless-shell)" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell fonts-liberation fonts-dejavu-core >&2
  fi
  find_chromium >/dev/null && return 0
  echo "==> No Chromium for the end-to-end tests. Install Debian's: sudo apt-get install chromium-headless-shell" >&2
  echo "    (or set CHROMIUM_PATH to a Chromium or Chrome program)" >&2
  return 1
}
