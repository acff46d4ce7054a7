// Shared by the GraphQL cart, checkout and login suites: the test operations of
// test/simulator/operations/ (validated against the real schema in test/contract), a GraphQL
// shopper over real HTTP that can share its session cookie with a REST shopper, and inputs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Catalog } from '../../src/simulator';
import { US_ADDRESS } from './rest-helpers';

/** Folder of the simulator suites' own GraphQL operations. */
export const testOperationsDir = fileURLToPath(new URL('./operations', import.meta.url));

const definitions: DefinitionNode[] = readdirSync(testOperationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(readFileSync(path.join(testOperationsDir, file), 'utf8')).definitions);
const fragments = new Map(
  definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
);
const operations = new Map(
  definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => [d.name?.value ?? '', d]),
);

function usedFragments(node: DefinitionNode, found = new Set<string>()): Set<string> {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (!fragment || found.has(spread.name.value)) return;
      found.add(spread.name.value);
      usedFragments(fragment, found);
    },
  });
  return found;
}

/** The text of a test operation with the fragments it uses. */
export function testOperation(name: string): string {
  const operation = operations.get(name);
  if (!operation) throw new Error(`No test operation ${name}`);
  return [operation, ...[...usedFragments(operation)].map((f) => fragments.get(f) as FragmentDefinitionNode)].map((d) => print(d)).join('\n\n');
}

/** A GraphQL answer as the shopper saw it. */
export interface GqlReply {
  status: number;
  headers: Headers;
  data: any;
  errors: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> | undefined;
}

/** Holds a session cookie; a REST shopper (`restShopper`) is one, so both APIs can share a session. */
export interface CookieJar {
  cookie: string | undefined;
}

/** What a GraphQL shopper sends besides the operation. */
export interface GqlShopperOptions {
  /** The session cookie to send and update; none: requests carry no cookie (a server). */
  jar?: CookieJar;
  /** `X-Bc-Customer-Access-Token` for every request. */
  customerAccessToken?: string;
  /** More headers for every request (Origin, X-Bc-Error-On-Invalid-Customer-Access-Token, ...). */
  headers?: Record<string, string>;
}

/** A client of the simulator's `/graphql` running the test operations by name. */
export function gqlShopper(url: string, storefrontToken: string, options: GqlShopperOptions = {}) {
  const shopper = {
    options,
    async run(name: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlReply> {
      const all: Record<string, string> = {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${storefrontToken}`,
        ...shopper.options.headers,
        ...headers,
      };
      if (shopper.options.customerAccessToken) all['X-Bc-Customer-Access-Token'] = shopper.options.customerAccessToken;
      const jar = shopper.options.jar;
      if (jar?.cookie) all['Cookie'] = jar.cookie;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: all,
        body: JSON.stringify({ query: testOperation(name), variables, operationName: name }),
      });
      const set = res.headers.getSetCookie().map((c) => c.split(';', 1)[0] as string).find((c) => c.startsWith('SHOP_SESSION_TOKEN='));
      if (jar && set !== undefined) jar.cookie = set;
      const body = (await res.json()) as { data?: unknown; errors?: GqlReply['errors'] };
      return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
    },
    /** Runs an operation and fails on any GraphQL error. */
    async data(name: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
      const reply = await shopper.run(name, variables, headers);
      if (reply.errors) throw new Error(`${name} failed: ${reply.errors.map((e) => e.message).join('; ')}`);
      return reply.data;
    },
  };
  return shopper;
}

/** A line item input filling every option of a sample product (first variant, a value per modifier). */
export function lineItemFor(catalog: Catalog, productId: number, quantity = 1): Record<string, unknown> {
  const product = catalog.products.find((p) => p.id === productId);
  if (!product) throw new Error(`no product ${productId}`);
  const variant = product.variants[0];
  const multipleChoices: unknown[] = [];
  const checkboxes: unknown[] = [];
  const textFields: unknown[] = [];
  const multiLineTextFields: unknown[] = [];
  const numberFields: unknown[] = [];
  const dateFields: unknown[] = [];
  for (const option of product.options) {
    if (option.kind === 'multiple-choice') {
      const value = option.values.find((v) => variant?.optionValueIds.includes(v.id)) ?? option.values[0];
      if (value) multipleChoices.push({ optionEntityId: option.id, optionValueEntityId: value.id });
    } else if (option.kind === 'checkbox') checkboxes.push({ optionEntityId: option.id, optionValueEntityId: option.checkedValueId });
    else if (option.kind === 'text') textFields.push({ optionEntityId: option.id, text: 'For Sam' });
    else if (option.kind === 'multi-line-text') multiLineTextFields.push({ optionEntityId: option.id, text: 'Herbs\nand more' });
    else if (option.kind === 'number') numberFields.push({ optionEntityId: option.id, number: 2 });
    else if (option.kind === 'date') dateFields.push({ optionEntityId: option.id, date: '2026-06-01T00:00:00Z' });
  }
  const selectedOptions = Object.fromEntries(
    Object.entries({ multipleChoices, checkboxes, textFields, multiLineTextFields, numberFields, dateFields }).filter(([, list]) => list.length > 0),
  );
  return { productEntityId: productId, quantity, ...(Object.keys(selectedOptions).length > 0 ? { selectedOptions } : {}) };
}

/** A checkout address input (GraphQL `CheckoutAddressInput`): the REST tests' address, unsaved. */
export const US_ADDRESS_INPUT = { ...US_ADDRESS, shouldSaveAddress: false };

/** A gift certificate line (GraphQL `CartGiftCertificateInput`). */
export const GIFT_CERTIFICATE_INPUT = {
  name: 'For Sam',
  theme: 'BIRTHDAY',
  amount: 25,
  quantity: 1,
  sender: { name: 'Jane', email: 'jane@example.com' },
  recipient: { name: 'Sam', email: 'sam@example.net' },
  message: 'Happy birthday',
};
