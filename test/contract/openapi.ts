// Holds REST traffic to BigCommerce's own OpenAPI files (../shared/bigcommerce/openapi), compiled with
// ajv. OpenAPI 3.0 schemas are not JSON Schema: `nullable`, boolean `exclusiveMinimum/Maximum` and
// `example` are translated here; `$ref`s stay refs into the registered file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { bigcommerceDir } from './bigcommerce-shared';
import { OPENAPI_ERRATA, type Json } from './openapi-errata';

export { OPENAPI_ERRATA, type OpenApiErratum } from './openapi-errata';

/** The REST Storefront OpenAPI files this helper loads. */
export const storefrontSpecFiles = ['carts.sf.yml', 'checkouts.sf.yml', 'orders.sf.yml', 'subscriptions.sf.yml'] as const;

/** Folder of BigCommerce's OpenAPI files (absent in a user's clone). */
export const openapiDir = path.join(bigcommerceDir, 'openapi');

/** Whether every REST Storefront spec file is present, so contract suites can run. */
export const hasOpenApi = storefrontSpecFiles.every((file) => existsSync(path.join(openapiDir, file)));

/** Prints why an OpenAPI suite is skipped, so the skip shows in the test output. */
export function noteOpenApiSkipped(suite: string): void {
  console.warn(`[contract] skipped "${suite}": ${openapiDir} not found (set BC_SHARED_DIR to run it).`);
}

/** The operation a request resolves to. */
export interface OpenApiOperation {
  readonly file: string;
  readonly method: string;
  /** The path template as the spec writes it, e.g. `/carts/{cartId}/items`. */
  readonly template: string;
  readonly operationId: string | undefined;
}

interface Entry extends OpenApiOperation {
  readonly pattern: RegExp;
  readonly params: number;
  readonly spec: Json;
  readonly doc: Json;
}

const BASE = '/api/storefront';
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SUBSCHEMAS = ['items', 'not', 'additionalProperties'];

/** Translates one OpenAPI 3.0 schema (recursively) into JSON Schema draft-07 that ajv accepts. */
export function toJsonSchema(schema: unknown, fileId: string): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'nullable' || key.startsWith('x-') || key === 'xml' || key === 'discriminator') continue;
    if (key === '$ref' && typeof value === 'string') out[key] = value.startsWith('#') ? fileId + value : value;
    else if (SUBSCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub, fileId)]));
    } else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) out[key] = value.map((sub) => toJsonSchema(sub, fileId));
    else if (SUBSCHEMAS.includes(key)) out[key] = toJsonSchema(value, fileId);
    else out[key] = value;
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum (draft-04 style).
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true) out[flag] = out[bound];
    else delete out[flag];
    if (out[flag] !== undefined) delete out[bound];
  }
  if (schema['nullable'] !== true) return out;
  if (typeof out['type'] === 'string' && out['$ref'] === undefined) {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

interface Loaded {
  readonly ajv: Ajv;
  readonly entries: readonly Entry[];
  readonly cache: Map<unknown, ValidateFunction>;
}
let loaded: Loaded | undefined;

// Lazy, so importing this module reads nothing (suites guard on `hasOpenApi` first).
function load(): Loaded {
  if (loaded) return loaded;
  // Patterns are read as JavaScript reads them without the `u` flag: the specs' phone pattern
  // (`\d{1-5}`) is not a valid Unicode-mode regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  addFormats(ajv);
  // Formats the specs use that are descriptive, not checkable.
  for (const format of ['number', 'double', 'float', 'int32', 'int64']) ajv.addFormat(format, true);
  const entries: Entry[] = [];
  for (const file of storefrontSpecFiles) {
    const doc = parse(readFileSync(path.join(openapiDir, file), 'utf8')) as Json;
    const fileId = `https://openapi.invalid/${file}`;
    const components = isObject(doc['components']) ? doc['components'] : {};
    const schemas = isObject(components['schemas']) ? components['schemas'] : {};
    const converted = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, toJsonSchema(s, fileId)])) as Record<string, Json>;
    for (const erratum of OPENAPI_ERRATA.filter((e) => e.file === file)) {
      const target = converted[erratum.schema];
      if (target === undefined) throw new Error(`OpenAPI erratum for ${file} names a missing schema ${erratum.schema}`);
      erratum.patch(target, (name) => ({ $ref: `${fileId}#/components/schemas/${name}` }));
    }
    ajv.addSchema({ $id: fileId, components: { schemas: converted } });
    for (const [template, item] of Object.entries(isObject(doc['paths']) ? doc['paths'] : {})) {
      if (!isObject(item)) continue;
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      for (const [method, spec] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'delete', 'patch'].includes(method) || !isObject(spec)) continue;
        const operationId = typeof spec['operationId'] === 'string' ? spec['operationId'] : undefined;
        const params = (template.match(/\{/g) ?? []).length;
        entries.push({ file, method: method.toUpperCase(), template, operationId, pattern: new RegExp(`^${source}$`), params, spec, doc });
      }
    }
  }
  entries.push(...lenientAliases(entries));
  // Literal segments win over templated ones when both match.
  entries.sort((a, b) => a.params - b.params);
  loaded = { ajv, entries, cache: new Map() };
  return loaded;
}

// What the real store does and the specs leave out, held to the specs' own schemas:
// - `GET /carts/{cartId}` answers one cart (`responseCart`), as the cart mutations do;
// - deleting the last line item deletes the cart and answers 204 without a body, as the
//   Management API documents for the same case (carts.v3.yml `deleteCartLineItem`).
function lenientAliases(entries: Entry[]): Entry[] {
  for (const [i, entry] of entries.entries()) {
    if (entry.operationId !== 'deleteCartLineItem' && entry.operationId !== 'deleteCheckoutLineItem') continue;
    const responses = { ...(entry.spec['responses'] as Json), '204': { description: 'The last item was removed: the cart is deleted.' } };
    entries[i] = { ...entry, spec: { ...entry.spec, responses } };
  }
  const deleteCart = entries.find((e) => e.operationId === 'deleteCart');
  if (!deleteCart) return [];
  const ok = { content: { 'application/json': { schema: { $ref: '#/components/schemas/responseCart' } } } };
  const spec = { operationId: 'getCartById', responses: { '200': ok } };
  return [{ ...deleteCart, method: 'GET', operationId: 'getCartById', spec }];
}

function routeOf(url: string): string {
  const { pathname } = new URL(url, 'http://store.invalid');
  if (!pathname.startsWith(`${BASE}/`)) throw new Error(`not a REST Storefront URL: ${url}`);
  // The real store (and checkout-sdk) also serves checkouts under the singular `/checkout/{id}`.
  return pathname.slice(BASE.length).replace(/^\/checkout\//, '/checkouts/').replace(/\/$/, '');
}

function entryOf(method: string, url: string): Entry {
  const route = routeOf(url);
  const entry = load().entries.find((e) => e.method === method.toUpperCase() && e.pattern.test(route));
  if (!entry) throw new Error(`no OpenAPI operation for ${method.toUpperCase()} ${route}`);
  return entry;
}

/**
 * Names the OpenAPI operation a request resolves to (the `/checkout/{id}` alias included).
 *
 * @throws when no operation of the REST Storefront specs matches.
 */
export function findOperation(method: string, url: string): OpenApiOperation {
  const { file, template, operationId } = entryOf(method, url);
  return { file, method: method.toUpperCase(), template, operationId };
}

/**
 * Every operation of the REST Storefront specs (the real-store additions included), so a suite can
 * check that it exercised them all.
 * @throws when the spec files are absent; guard with `hasOpenApi`.
 */
export function allOperations(): OpenApiOperation[] {
  return load().entries.map(({ file, method, template, operationId }) => ({ file, method, template, operationId }));
}

function deref(doc: Json, value: unknown): unknown {
  if (!isObject(value) || typeof value['$ref'] !== 'string' || !value['$ref'].startsWith('#/')) return value;
  const target = value['$ref'].slice(2).split('/').reduce<unknown>((node, key) => (isObject(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc);
  return deref(doc, target);
}

function jsonSchemaOf(entry: Entry, holder: unknown): unknown {
  const content = deref(entry.doc, holder);
  if (!isObject(content) || !isObject(content['content'])) return undefined;
  const media = content['content'];
  const key = Object.keys(media).find((type) => type.includes('json')) ?? Object.keys(media)[0];
  const chosen = key === undefined ? undefined : media[key];
  return isObject(chosen) ? chosen['schema'] : undefined;
}

function check(entry: Entry, schema: unknown, body: unknown, where: string): string[] {
  const { ajv, cache } = load();
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(schema, `https://openapi.invalid/${entry.file}`) as Json);
    cache.set(schema, validate);
  }
  if (validate(body)) return [];
  const problems = (validate.errors ?? []).map((e) => `${where}${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params['additionalProperty'])})` : ''}`);
  return [...new Set(problems)];
}

const isEmpty = (body: unknown): boolean => body === undefined || body === null || body === '';

/**
 * Lists the ways a JSON request body breaks its operation's request schema (empty when it conforms).
 *
 * @throws when no operation matches the method and URL.
 * @example
 * expect(validateRequest('POST', '/api/storefront/carts', { lineItems: [{ productId: 1, quantity: 1 }] })).toEqual([]);
 */
export function validateRequest(method: string, url: string, body: unknown): string[] {
  const entry = entryOf(method, url);
  const requestBody = deref(entry.doc, entry.spec['requestBody']);
  const schema = jsonSchemaOf(entry, requestBody);
  if (isEmpty(body)) return isObject(requestBody) && requestBody['required'] === true ? ['request: a body is required'] : [];
  if (schema === undefined) return ['request: this operation takes no body'];
  return check(entry, schema, body, 'request');
}

// Error statuses the spec leaves undocumented (or documents without a body schema) still answer in
// one of BigCommerce's two REST error shapes.
const ERROR_ITEM = { type: 'object', required: ['status', 'title'], properties: { status: { type: 'integer' }, title: { type: 'string' }, type: { type: 'string' }, detail: { type: 'string' } } };
const ERROR_BODY = { anyOf: [ERROR_ITEM, { type: 'object', required: ['errors'], properties: { errors: { type: 'array', items: ERROR_ITEM } } }] };

/**
 * Lists the ways a response body breaks the schema of its operation and status (empty when it conforms).
 * Undocumented success statuses are problems; undocumented error statuses must carry a REST error body.
 *
 * @throws when no operation matches the method and URL.
 * @example
 * expect(validateResponse('GET', '/api/storefront/carts', 200, [])).toEqual([]);
 */
export function validateResponse(method: string, url: string, status: number, body: unknown): string[] {
  const entry = entryOf(method, url);
  const responses = isObject(entry.spec['responses']) ? entry.spec['responses'] : {};
  const documented = responses[String(status)] ?? responses['default'];
  const where = `response ${status}`;
  const schema = documented === undefined ? undefined : jsonSchemaOf(entry, documented);
  if (schema !== undefined) return check(entry, schema, body, where);
  if (status >= 400) return check(entry, ERROR_BODY, body, where);
  if (documented === undefined) return [`${where}: status not documented for ${entry.method} ${entry.template}`];
  return isEmpty(body) ? [] : [`${where}: the spec documents no body`];
}
