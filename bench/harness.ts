// What every benchmark file shares: a simulator on port 0 for the suite, rows printed together at
// the end, and the unit. Numbers are printed, never timed; a file fails only on its ceilings.
import { readFileSync, writeFileSync } from 'node:fs';
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

/** A size row: minified bytes and gzip KB; README's row of the same name must say the same. */
export const sizeRow = (name: string, bytes: number, gzip: number): string => {
  expectReadmeCell(name, kb(gzip));
  return `size   ${name.padEnd(56)} ${String(bytes).padStart(6)} B min  ${(gzip / KB).toFixed(2).padStart(5)} KB gzip`;
};

/** A budget row: met, or by how much it is not; README's "budget: {name}" row must say the size. */
export const budgetRow = (name: string, gzip: number, budget: number): string => {
  expectReadmeCell(`budget: ${name}`, kb(gzip));
  return `budget ${name} ≤ ${budget / KB} KB gzip: ${gzip <= budget ? 'met' : `NOT met (${(gzip / KB).toFixed(2)} KB)`}`;
};

/** A round-trip row: `count` requests; README's row of the same name must say the same count. */
export const tripsRow = (name: string, count: number, detail: string): string => {
  expectReadmeCell(name, String(count));
  return `trips  ${name.padEnd(56)} ${detail}`;
};

const README = new URL('../README.md', import.meta.url);

/**
 * Keeps README's "Sizes and round trips" tables true: the row whose first cell is `label` must
 * say `value` in its second cell. `UPDATE_README=1 npm run bench` rewrites the cell instead, so a
 * change that moves a number updates the README in the same commit.
 */
export function expectReadmeCell(label: string, value: string): void {
  const text = readFileSync(README, 'utf8');
  const row = new RegExp(`^\\| ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| ([^|]*) \\|`, 'm');
  const match = row.exec(text);
  if (!match) throw new Error(`README.md has no sizes/round-trips row "| ${label} | … |"`);
  if (match[1]!.trim() === value) return;
  if (process.env.UPDATE_README === '1') {
    writeFileSync(README, text.replace(row, `| ${label} | ${value} |`));
    return;
  }
  throw new Error(`README.md says "${match[1]!.trim()}" for "${label}", the benchmark measured "${value}" (UPDATE_README=1 npm run bench updates it)`);
}

/** The gzip size as README's tables print it. */
export const kb = (gzip: number): string => `${(gzip / KB).toFixed(2)} KB`;
