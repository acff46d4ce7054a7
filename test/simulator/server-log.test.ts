import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator, Simulator } from '../../src/simulator/server/types';
import { postGraphQL, startStub } from './server-helpers';

const LOGIN = 'mutation Login($email: String!, $pass: String!) { login(email: $email, password: $pass) { result } }';

describe('request log', () => {
  let sim: Simulator;
  let server: RunningSimulator;

  beforeAll(async () => {
    ({ sim, server } = await startStub({ storefrontTokens: ['secret-storefront-token'] }));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    sim.clearLog();
    sim.clearFaults();
  });

  it('records one entry per request, in order, with method, path, query, status and timing', async () => {
    const before = Date.now();
    await postGraphQL(server.url, { query: 'query A { site { id } }' }, { token: sim.token });
    await postGraphQL(server.url, { query: 'query B { site { id } }' }); // 401
    await fetch(`${server.url}/sim-images/p/1/shirt.svg?c=2`);

    const log = sim.requests();
    expect(log).toHaveLength(3);
    expect(log.map((entry) => [entry.route, entry.method, entry.path, entry.operationName, entry.status])).toEqual([
      ['graphql', 'POST', '/graphql', 'A', 200],
      ['graphql', 'POST', '/graphql', 'B', 401],
      ['images', 'GET', '/sim-images/p/1/shirt.svg', undefined, 200],
    ]);
    expect(log[2]?.query).toEqual({ c: '2' });
    expect(log[0]?.id).toBeLessThan(log[1]?.id ?? 0);
    for (const entry of log) {
      expect(entry.time).toBeGreaterThanOrEqual(before);
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('leaves operationName out for anonymous operations and unparsable queries', async () => {
    await postGraphQL(server.url, { query: '{ site { id } }' }, { token: sim.token });
    await postGraphQL(server.url, { query: 'query {{{' }, { token: sim.token });
    await postGraphQL(server.url, { query: 'query A { a } query B { b }' }, { token: sim.token });
    expect(sim.requests().map((entry) => entry.operationName)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps variables but never tokens, customer access tokens or passwords', async () => {
    await postGraphQL(
      server.url,
      { query: LOGIN, variables: { email: 'a@example.com', pass: 'hunter2', nested: { customerAccessToken: 'cat-9' } } },
      { token: sim.token, headers: { 'X-Bc-Customer-Access-Token': 'cat-header-7', Origin: 'http://localhost:9' } },
    );
    await postGraphQL(server.url, { query: LOGIN }, { token: 'wrong-secret-token' });
    await fetch(`${server.url}/graphql?access_token=${sim.token}&page=2`);

    const log = sim.requests();
    expect(log[0]?.variables).toEqual({ email: 'a@example.com', pass: '[redacted]', nested: { customerAccessToken: '[redacted]' } });
    expect(log[2]?.query).toEqual({ access_token: '[redacted]', page: '2' });
    const text = JSON.stringify(log);
    for (const secret of ['secret-storefront-token', 'wrong-secret-token', 'hunter2', 'cat-9', 'cat-header-7']) {
      expect(text).not.toContain(secret);
    }
  });

  it('records faulted requests and counts in-flight ones (status 0 until answered)', async () => {
    sim.setLatency(200);
    try {
      const pending = postGraphQL(server.url, { query: 'query Slow { a }' }, { token: sim.token });
      await expect.poll(() => sim.requests().length).toBe(1);
      expect(sim.requests()[0]).toMatchObject({ operationName: 'Slow', status: 0 });
      expect(sim.requests()[0]).not.toHaveProperty('durationMs');
      expect((await pending).status).toBe(200);
      expect(sim.requests()[0]).toMatchObject({ status: 200 });
    } finally {
      sim.setLatency(0);
    }
    sim.fault({ kind: 'status', status: 503 });
    await postGraphQL(server.url, { query: 'query F { a }' }, { token: sim.token });
    expect(sim.requests()[1]).toMatchObject({ operationName: 'F', status: 503, fault: 'status' });
  });

  it('returns snapshots: later requests and clearLog do not change a list already read', async () => {
    await postGraphQL(server.url, { query: '{ a }' }, { token: sim.token });
    const first = sim.requests();
    await postGraphQL(server.url, { query: '{ a }' }, { token: sim.token });
    sim.clearLog();
    expect(first).toHaveLength(1);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(sim.requests()).toEqual([]);
  });
});
