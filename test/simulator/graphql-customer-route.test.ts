import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type RunningSimulator } from '../../src/simulator';
import { signInCookie } from '../integration/customer-session';
import { operationText } from './graphql-operations';
import { postGraphQL } from './server-helpers';

// The HTTP layer hands the session's customer to the executor: the same request answers Jane,
// Sam or a guest depending only on the session cookie it carries.
describe('POST /graphql with a shopper session cookie', () => {
  const sim = createSimulator();
  let server: RunningSimulator;
  beforeAll(async () => {
    server = await sim.listen();
  });
  afterAll(() => server.close());

  async function run(name: string, cookie?: string, variables: Record<string, unknown> = {}) {
    const response = await postGraphQL(
      server.url,
      { query: operationText(name), operationName: name, variables },
      { token: sim.token, headers: cookie === undefined ? {} : { Cookie: cookie } },
    );
    expect(response.status).toBe(200);
    return (await response.json()) as { data?: any; errors?: { message: string }[] };
  }

  it('answers the signed-in customer of the session, and null without one', async () => {
    const jane = await signInCookie(server.url, sim, 1);
    const sam = await signInCookie(server.url, sim, 2);
    expect(jane).not.toBe(sam);
    expect((await run('CustomerProfile', jane)).data.customer.email).toBe('jane@example.com');
    expect((await run('CustomerProfile', sam)).data.customer.email).toBe('sam@example.co.uk');
    expect(await run('CustomerProfile')).toEqual({ data: { customer: null } });
    expect(await run('CustomerProfile', 'SHOP_SESSION_TOKEN=not-a-session')).toEqual({ data: { customer: null } });
  });

  it('changes the session customer\'s wishlists in the served catalog, and refuses a guest', async () => {
    const jane = await signInCookie(server.url, sim, 1);
    const created = await run('CreateWishlist', jane, { input: { name: 'Over HTTP', isPublic: false, items: [{ productEntityId: 113 }] } });
    expect(created.errors).toBeUndefined();
    const id = created.data.wishlist.createWishlist.result.entityId;
    expect(sim.catalog.customers[0]!.wishlists.find((w) => w.id === id)?.productIds).toEqual([113]);
    const guest = await run('AddWishlistItems', undefined, { input: { entityId: id, items: [{ productEntityId: 101 }] } });
    expect(guest.errors?.map((e) => e.message)).toEqual(['Customer is not logged in']);
    expect(sim.catalog.customers[0]!.wishlists.find((w) => w.id === id)?.productIds).toEqual([113]);
  });
});
