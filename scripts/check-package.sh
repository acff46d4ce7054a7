#!/usr/bin/env bash
# What users install: build every entry, lint the package (publint), check that TypeScript
# resolves every export under node16 and bundler resolution (are-the-types-wrong), and that
# `npm pack` ships only the builds, their declarations and maps, the README and the licence.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
npx publint --strict
npx attw --pack . --profile esm-only --format table-flipped
npm pack --dry-run --json 2>/dev/null | node -e '
  const [pack] = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const allowed = /^(dist\/[\w.-]+\.(js|d\.ts|js\.map)|iife\.d\.ts|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
  const stray = pack.files.map((f) => f.path).filter((path) => !allowed.test(path));
  const needed = ["dist/index.js", "dist/index.d.ts", "dist/server.js", "dist/server.d.ts", "dist/simulator.js",
    "dist/simulator.d.ts", "dist/bc-storefront.iife.js", "dist/bc-storefront.iife.js.map", "iife.d.ts", "LICENSE"];
  const missing = needed.filter((path) => !pack.files.some((f) => f.path === path));
  console.log(`npm pack: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`);
  if (stray.length || missing.length) {
    console.error(`npm pack ships what users do not need: ${stray.join(", ") || "-"}; misses: ${missing.join(", ") || "-"}`);
    process.exit(1);
  }
'
