import { defineConfig } from 'vitest/config';

// The benchmark runs through vitest only because Node 20 cannot run TypeScript directly; it
// prints numbers and fails only when a budget is exceeded, never on timings.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['default'],
    // One file at a time: README cells may be rewritten (UPDATE_README=1) and the simulator's
    // request counts stay undisturbed.
    fileParallelism: false,
  },
});
