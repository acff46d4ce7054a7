import { BodyTooLargeError } from '../server/body';
import type { RouteContext } from '../server/route';
import { conflict, invalidInput, restError } from './errors';

/** A JSON object from a request body. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The request body parsed as JSON; `undefined` when empty. The Content-Type is not checked: the
 * real store parses what it is sent.
 * @throws RestError 400 for malformed JSON, 413 for an oversized body.
 */
export async function readJson(ctx: RouteContext): Promise<unknown> {
  let text: string;
  try {
    text = await ctx.body();
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw restError(413, 'Payload Too Large');
    throw error;
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidInput('The request body is not valid JSON.');
  }
}

/**
 * The body as an object (an empty body reads as `{}` when `optional`).
 * @throws RestError 400 when it is not an object.
 */
export async function readObject(ctx: RouteContext, optional = false): Promise<JsonObject> {
  const body = await readJson(ctx);
  if (body === undefined && optional) return {};
  if (!isObject(body)) throw invalidInput('The request body must be a JSON object.');
  return body;
}

/**
 * An optional string field.
 * @throws RestError 400 when present with another type.
 */
export function optionalString(body: JsonObject, key: string, where = ''): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidInput(`${where}${key} must be a string.`);
  return value;
}

/**
 * Refuses a write whose `version` is not the cart's current one (optimistic concurrency).
 * @throws RestError 409 on a stale version, 400 when `version` is not an integer.
 */
export function checkVersion(body: JsonObject, current: number): void {
  const version = body['version'];
  if (version === undefined || version === null) return;
  if (typeof version !== 'number' || !Number.isInteger(version)) throw invalidInput('version must be an integer.');
  if (version !== current) throw conflict();
}

/**
 * The `include` query values. Unknown values are kept and ignored by the views, as the real store
 * accepts `include=` values its spec does not list (checkout-sdk sends several).
 */
export function includesOf(url: URL): Set<string> {
  const values = [...url.searchParams.getAll('include'), ...url.searchParams.getAll('includes')];
  return new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== ''));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether an email address looks deliverable (what a store form accepts). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value) && value.length <= 255;
}
