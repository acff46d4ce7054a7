// Bundles tsc's per-file declarations (build/types) into one .d.ts per package entry. The files
// tsc writes import each other without extensions, which TypeScript's node16/nodenext resolution
// refuses; one self-contained file per entry resolves under every mode. Dependencies stay imports.
import { dts } from 'rollup-plugin-dts';

const entries = {
  index: 'index',
  server: 'server',
  simulator: 'simulator/index',
  'graphql-lite': 'graphql/graphql-lite',
};

export default Object.entries(entries).map(([name, path]) => ({
  input: `build/types/${path}.d.ts`,
  output: { file: `dist/${name}.d.ts`, format: 'es' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  plugins: [dts({ respectExternal: false })],
}));
