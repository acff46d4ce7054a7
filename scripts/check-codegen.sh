#!/usr/bin/env bash
# Regenerates every committed codegen output and fails when it differs from what is committed,
# so generated types can never drift from the operations in graphql/.
set -euo pipefail
cd "$(dirname "$0")/.."
npx graphql-codegen --config codegen.yml --silent
npx graphql-codegen --config examples/custom-operations/codegen.yml --silent
node scripts/schema-module.mjs
paths=(src/graphql/generated examples/custom-operations/generated src/simulator/graphql/schema-sdl.generated.ts)
if ! git diff --exit-code --stat -- "${paths[@]}" || [ -n "$(git status --porcelain -- "${paths[@]}")" ]; then
  echo "Generated code is stale: run 'npm run codegen' and commit the result." >&2
  git status --short -- "${paths[@]}" >&2
  exit 1
fi
echo "generated code is up to date"
