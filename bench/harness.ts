// What every benchmark file shares: a simulator on port 0 for the suite, rows printed together at
// the end, and the unit. Numbers are printed, never timed; a file fails only on its ceilings.
import { afterAll, beforeAll } from 'vitest';
import { createSimulator, type RunningSimulator, type Simulator, type SimulatorOptions } from '../src/simulator';

export const KB = 1024;

/** A simulator listening for the file's tests, and the report its rows go into. */
export function useBench(title: string, options?: SimulatorOptions) {
  const bench = { simulator: undefined as unknown as Simulator, url: '', rows: [] as string[] };
  let running: RunningSimulator | undefined;
  beforeAll(async () => {
    bench.simulator = createSimulator(options);
    running = await bench.simulator.listen();
    bench.url = running.url;
  });
  afterAll(async () => {
    await running?.close();
    console.log(`\nbc-storefront benchmark: ${title}\n${bench.rows.join('\n')}\n`);
  });
  return bench;
}

/** A size row: minified bytes and gzip KB. */
export const sizeRow = (name: string, bytes: number, gzip: number): string =>
  `size   ${name.padEnd(56)} ${String(bytes).padStart(6)} B min  ${(gzip / KB).toFixed(2).padStart(5)} KB gzip`;

/** A budget row: met, or by how much it is not. */
export const budgetRow = (name: string, gzip: number, budget: number): string =>
  `budget ${name} ≤ ${budget / KB} KB gzip: ${gzip <= budget ? 'met' : `NOT met (${(gzip / KB).toFixed(2)} KB)`}`;

/** A round-trip row. */
export const tripsRow = (name: string, detail: string): string => `trips  ${name.padEnd(56)} ${detail}`;
