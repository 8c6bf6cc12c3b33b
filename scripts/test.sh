#!/usr/bin/env bash
# The project's test command (`npm test`): unit, domain and route tests on SQLite and PostgreSQL,
# then the storefront bubble and admin journeys in real Chromium.
set -euo pipefail
npx vitest run
npx vitest run --config vitest.browser.config.ts
