// The route table is how later features (REST cart/checkout, session endpoints) plug in: this suite
// adds a route the way they will and checks it gets the shared pipeline (log, faults, CORS policy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../../src/simulator/server/respond';
import type { SimRoute } from '../../src/simulator/server/route';
import { defaultRoutes } from '../../src/simulator/server/routes';
import { buildSimulator } from '../../src/simulator/server/simulator';
import type { RunningSimulator, Simulator } from '../../src/simulator/server/types';
import { STUB_CATALOG } from './server-helpers';

const loginRoute: SimRoute = {
  name: 'login-token',
  matches: (pathname) => pathname.startsWith('/login/token/'),
  cors: 'same-origin',
  logPath: () => '/login/token/[redacted]',
  async handle({ res, url }) {
    sendJson(res, 200, { sawJwt: url.pathname.length > '/login/token/'.length });
  },
};

describe('adding a route', () => {
  let sim: Simulator;
  let server: RunningSimulator;
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJvcGVyYXRpb24iOiJjdXN0b21lcl9sb2dpbiJ9.c2lnbmVk';

  beforeAll(async () => {
    sim = buildSimulator(
      {},
      {
        defaultCatalog: () => STUB_CATALOG,
        createExecutor: () => async () => ({ data: {} }),
        // First: the default table now has the real /login/token/ route, and the first match wins.
        routes: [loginRoute, ...defaultRoutes],
      },
    );
    server = await sim.listen();
  });
  afterAll(() => server.close());

  it('serves it, and logs its path through logPath so secrets in URLs stay out of the log', async () => {
    const res = await fetch(`${server.url}/login/token/${jwt}`);
    expect(await res.json()).toEqual({ sawJwt: true });
    expect(sim.requests().at(-1)).toMatchObject({ route: 'login-token', path: '/login/token/[redacted]', status: 200 });
    expect(JSON.stringify(sim.requests())).not.toContain(jwt);
  });

  it('applies faults to it by path', async () => {
    sim.fault({ kind: 'status', status: 503, match: { path: /^\/login\/token\// } });
    const res = await fetch(`${server.url}/login/token/${jwt}`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
  });

  it('never sends CORS headers from a same-origin route, and logs cross-origin callers as denied', async () => {
    const res = await fetch(`${server.url}/login/token/${jwt}`, { headers: { Origin: 'http://localhost:5173' } });
    expect(res.headers.has('access-control-allow-origin')).toBe(false);
    expect(sim.requests().at(-1)).toMatchObject({ cors: 'denied' });

    await fetch(`${server.url}/login/token/${jwt}`, { headers: { Origin: server.url } });
    expect(sim.requests().at(-1)).toMatchObject({ cors: 'same-origin' });
  });
});
