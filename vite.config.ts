import { defineConfig } from 'vitest/config';

// One config for the library's tests. Browser-side suites opt into happy-dom by file name
// (`*.browser.test.ts`); everything else runs in Node, where the simulator lives.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
