// The script-tag build in memory, with the same config `npm run build` uses (`--mode iife`):
// the demo serves it and the benchmark measures it, so both see exactly the bytes users get.
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the IIFE without writing it: `/{fileName}` → contents (the script and its source map). */
export async function buildIife(): Promise<Map<string, string>> {
  const output = (await build({
    root,
    configFile: `${root}vite.config.ts`,
    configLoader: 'runner',
    mode: 'iife',
    logLevel: 'silent',
    build: { write: false },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const files = new Map<string, string>();
  for (const item of (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)) {
    files.set(`/${item.fileName}`, item.type === 'chunk' ? item.code : String(item.source));
  }
  return files;
}
