import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { postGraphQL, stubSimulator } from './server-helpers';

// Handles this process holds that a server could leak: listening sockets, connections, timers.
function openHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (kind === 'TCPServerWrap' || kind === 'TCPSocketWrap' || kind === 'Timeout') counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** Kinds of handle there are more of now than at `baseline`. */
function leakedSince(baseline: Record<string, number>): Record<string, number> {
  const leaked: Record<string, number> = {};
  for (const [kind, count] of Object.entries(openHandles())) {
    if (count > (baseline[kind] ?? 0)) leaked[kind] = count - (baseline[kind] ?? 0);
  }
  return leaked;
}

describe('listen / close', () => {
  it('listens on 127.0.0.1 and a free port by default', async () => {
    const { sim } = stubSimulator();
    const server = await sim.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.url).not.toMatch(/:0$/);
    } finally {
      await server.close();
    }
  });

  it('close() ends keep-alive and delayed requests at once and leaves no open handles', async () => {
    const baseline = openHandles();
    const { sim } = stubSimulator();
    const server = await sim.listen();
    expect(leakedSince(baseline)).toMatchObject({ TCPServerWrap: 1 }); // the probe does see a server

    // An idle keep-alive connection (fetch pools it) …
    expect((await postGraphQL(server.url, { query: '{ a }' }, { token: sim.token })).status).toBe(200);
    // … and a request parked in a 10 s latency timer.
    sim.setLatency(10_000);
    const pending = postGraphQL(server.url, { query: '{ a }' }, { token: sim.token }).then(
      () => 'answered',
      () => 'failed',
    );
    await expect.poll(() => sim.requests().length).toBe(2);

    const started = performance.now();
    await server.close();
    // The parked request would hold close() for 10 s; "at once" leaves ample room for a busy machine.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await pending).toBe('failed');
    expect(sim.requests()[1]).toMatchObject({ status: 0 });
    await expect.poll(() => leakedSince(baseline), { timeout: 2000 }).toEqual({});
  });

  it('close() is idempotent and the port is free afterwards', async () => {
    const { sim } = stubSimulator();
    const server = await sim.listen();
    const port = Number(new URL(server.url).port);
    await Promise.all([server.close(), server.close()]);
    const again = await sim.listen({ port });
    expect(again.url).toBe(server.url);
    await again.close();
  });

  it('rejects when the port is taken', async () => {
    const { sim } = stubSimulator();
    const first = await sim.listen();
    try {
      await expect(sim.listen({ port: Number(new URL(first.url).port) })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('one simulator can serve two servers that share its log', async () => {
    const { sim } = stubSimulator();
    const [a, b] = await Promise.all([sim.listen(), sim.listen()]);
    try {
      await fetch(`${a.url}/sim-images/a.svg`);
      await fetch(`${b.url}/sim-images/b.svg`);
      expect(sim.requests().map((entry) => entry.path)).toEqual(['/sim-images/a.svg', '/sim-images/b.svg']);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('a client that gives up during latency ends the wait (status 0 in the log)', async () => {
    const { sim } = stubSimulator({ latencyMs: 10_000 });
    const server = await sim.listen();
    try {
      const req = request(`${server.url}/sim-images/a.svg`);
      req.on('error', () => {});
      req.end();
      await expect.poll(() => sim.requests().length).toBe(1);
      req.destroy();
      await expect.poll(() => sim.requests()[0]?.durationMs).toBeDefined();
      expect(sim.requests()[0]?.status).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('handle as middleware', () => {
  it('calls next() for paths it does not own, and answers its own', async () => {
    const { sim } = stubSimulator();
    const { createServer } = await import('node:http');
    const passed: string[] = [];
    const server = createServer((req, res) =>
      sim.handle(req, res, () => {
        passed.push(req.url ?? '');
        res.statusCode = 299;
        res.end('next');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect((await fetch(`http://127.0.0.1:${port}/app.js`)).status).toBe(299);
      expect((await fetch(`http://127.0.0.1:${port}/sim-images/a.svg`)).status).toBe(200);
      expect(passed).toEqual(['/app.js']);
      expect(sim.requests().map((entry) => entry.path)).toEqual(['/sim-images/a.svg']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
