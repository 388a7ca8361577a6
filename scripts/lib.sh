# Shared steps of scripts/start.sh and scripts/e2e.ts's build: install when missing, build when stale.
ensure_installed() {
  if [ ! -d node_modules ] || [ ! -d generated/prisma ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> Installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

ensure_built() {
  local stamp=.next/BUILD_ID
  if [ ! -f "$stamp" ] || [ -n "$(find app components lib prisma/schema.prisma next.config.ts package-lock.json postcss.config.mjs -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    echo "==> Building the app (next build)"
    ./node_modules/.bin/next build
  fi
}
