// Serves the script-tag build at /bc-storefront.iife.js, built in memory from src/ with the same
// config as `npm run build --mode iife`, so the theme page always runs the IIFE users get and the
// demo needs no build step first. Rebuilt on the next request after any file under src/ changes.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildIife } from '../../scripts/build-iife';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The URL the theme's `<script src>` points at. */
export const IIFE_PATH = '/bc-storefront.iife.js';

/** A Vite plugin serving the in-memory IIFE and its source map. */
export function iifePlugin(): Plugin {
  let files: Promise<Map<string, string>> | undefined;
  return {
    name: 'demo:iife',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(`${root}src/`)) files = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path !== IIFE_PATH && path !== `${IIFE_PATH}.map`) return next();
        files ??= buildIife();
        files.then((built) => {
          const body = built.get(path);
          if (body === undefined) return next();
          res.setHeader('content-type', path.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8');
          res.setHeader('cache-control', 'no-cache');
          res.end(body);
        }, (error: unknown) => {
          files = undefined;
          next(error);
        });
      });
    },
  };
}
