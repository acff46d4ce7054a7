import { describe, expect, it } from 'vitest';
import { productNames } from '../../examples/custom-operations/product-names';
import { isStorefrontError } from '../../src/index';
import { expectNoSecret, recordingFetch, rejectionOf, useSimulator } from './helpers';

const suite = useSimulator();

describe('examples/custom-operations: productNames', () => {
  it('runs the ProductNames operation against the store', async () => {
    const recorder = recordingFetch();
    const names = await productNames(suite.storefront({ fetch: recorder.fetch }), [108, 101, 999]);
    // The store answers in id order; an unknown id is left out.
    expect(names).toEqual(['Turkish Cotton Bath Towel', 'Cast Iron Skillet']);
    expect(suite.graphql().map((e) => [e.operationName, e.status, e.variables])).toEqual([
      ['ProductNames', 200, { entityIds: [108, 101, 999], first: 3 }],
    ]);
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.requests[0]!.body.query).toMatch(/^\s*query ProductNames\(/);
    expect(recorder.requests[0]!.headers.get('authorization')).toBe(`Bearer ${suite.sim.token}`);
  });

  it('goes through the same retries and typed errors as the built-in operations', async () => {
    suite.sim.fault({ kind: 'status', status: 502, match: { operationName: 'ProductNames' } });
    expect(await productNames(suite.storefront(), [113])).toEqual(['Hand-thrown Mug']);
    expect(suite.graphql('ProductNames').map((e) => e.status)).toEqual([502, 200]);

    suite.sim.fault({ kind: 'status', status: 502, times: 3 });
    const error = await rejectionOf(productNames(suite.storefront(), [113]));
    expect(isStorefrontError(error, 'ERR_HTTP')).toBe(true);
    expect(error).toMatchObject({ operation: 'ProductNames', status: 502 });
    expectNoSecret(error, suite.sim.token);
  });
});
