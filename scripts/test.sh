#!/usr/bin/env bash
# The project's test command (`npm test`): unit, domain and route tests on SQLite and PostgreSQL,
# then the storefront bubble and admin journeys in real Chromium.
# On a fresh machine it first provides what the tests need and fails loudly when it cannot:
# Debian's chromium, PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (started when none answers).
# SWITCHBOARD_TEST_SETUP=0 skips this preparation (the caller has done it, e.g. .ci/run's second Node run).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test.sh: %s\n' "$*"; }
fail() {
  printf 'test.sh: %s\n' "$*" >&2
  exit 1
}
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() {
  for _ in $(seq 1 30); do answers "$1" && return 0; sleep 1; done
  return 1
}

if [ "${SWITCHBOARD_TEST_SETUP:-1}" != "0" ]; then
  # Browser tests drive Debian's chromium (never a downloaded browser build).
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's chromium (browser tests need /usr/bin/chromium)"
    command -v apt-get >/dev/null || fail "/usr/bin/chromium is missing and apt-get is not available: install Chromium at /usr/bin/chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 chromium >/dev/null ||
      fail "could not install chromium (apt-get install -y chromium); the browser tests need /usr/bin/chromium"
    [ -x /usr/bin/chromium ] || fail "chromium was installed but /usr/bin/chromium is missing"
  fi

  # PostgreSQL: the route and store tests run on it too (TEST_POSTGRES_URL points elsewhere; SKIP_POSTGRES=1 leaves it out).
  if [ "${SKIP_POSTGRES:-}" != "1" ] && [ -z "${TEST_POSTGRES_URL:-}" ] && ! answers 5432; then
    say "PostgreSQL does not answer on 127.0.0.1:5432: starting it"
    command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ] ||
      fail "PostgreSQL is not running and no cluster is installed (apt-get install -y postgresql), or set TEST_POSTGRES_URL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    wait_for 5432 || fail "PostgreSQL did not start on 127.0.0.1:5432"
  fi

  # Redis: the job queue and shared rate limits (BullMQ, rate-limiter-flexible) are tested on a real one.
  if [ -z "${TEST_REDIS_URL:-}" ] && ! answers 6379; then
    say "Redis does not answer on 127.0.0.1:6379: starting it"
    command -v redis-server >/dev/null || fail "Redis is not running and redis-server is not installed (apt-get install -y redis-server), or set TEST_REDIS_URL"
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no >/dev/null ||
      fail "redis-server could not be started"
    wait_for 6379 || fail "Redis did not start on 127.0.0.1:6379"
  fi
fi

export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export TEST_REDIS_URL=${TEST_REDIS_URL:-$REDIS_URL}

say "node $(node -v)"
npx vitest run
# Real app processes: two instances on one PostgreSQL, SIGKILL mid-burst, the database cut mid-burst.
npx vitest run --config vitest.processes.config.ts
npx vitest run --config vitest.browser.config.ts
