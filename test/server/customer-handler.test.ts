import { describe, expect, it } from 'vitest';
import { createCustomerHandler, InvalidArgumentError } from '../../src/server';
import { CLIENT_ID, CLIENT_SECRET, currentCustomerJwt, STORE_HASH } from './helpers';

const URL_ = 'https://app.example.com/api/customer';
const handler = createCustomerHandler({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, storeHash: STORE_HASH });
const nowSec = () => Math.floor(Date.now() / 1000);
const freshToken = (overrides: Record<string, unknown> = {}) => currentCustomerJwt(overrides, nowSec());

const post = (body: BodyInit | null, type: string | null = 'application/json', headers: Record<string, string> = {}) =>
  new Request(URL_, { method: 'POST', body, headers: { ...(type && { 'content-type': type }), ...headers }, duplex: 'half' } as RequestInit);

async function call(request: Request): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await handler(request);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('createCustomerHandler', () => {
  it('answers 200 with the customer for a posted JSON token', async () => {
    const { status, body } = await call(post(JSON.stringify({ token: freshToken() })));
    expect(status).toBe(200);
    expect(body).toEqual({ customer: { id: 4927, email: 'john.doe@example.com', groupId: '6' } });
  });

  it('accepts the raw JWT as text/plain (a trailing newline is fine)', async () => {
    const { status, body } = await call(post(`${freshToken()}\n`, 'text/plain;charset=UTF-8'));
    expect(status).toBe(200);
    expect(body).toEqual({ customer: { id: 4927, email: 'john.doe@example.com', groupId: '6' } });
  });

  it.each([
    ['signature', () => currentCustomerJwt({}, nowSec(), 'wrong-secret')],
    ['expired', () => currentCustomerJwt({}, nowSec() - 3600)],
    ['not-yet-valid', () => currentCustomerJwt({}, nowSec() + 3600)],
    ['audience', () => freshToken({ aud: 'another-app' })],
    ['store', () => freshToken({ store_hash: 'other1' })],
    ['malformed', () => 'not.a.jwt!'],
    ['oversized', () => freshToken({ padding: 'x'.repeat(9000) })],
  ])('answers 401 with reason %s and nothing else', async (reason, make) => {
    const token = make();
    const { status, body } = await call(post(JSON.stringify({ token })));
    expect(status).toBe(401);
    expect(body).toEqual({ error: { code: 'ERR_TOKEN', reason } });
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('answers 405 with Allow: POST to %s', async (method) => {
    const { status, body, headers } = await call(new Request(URL_, { method }));
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('POST');
    expect(body).toEqual({ error: { code: 'ERR_METHOD_NOT_ALLOWED' } });
  });

  it.each([
    ['no content type', null],
    ['form data', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
  ])('answers 415 to %s', async (_name, type) => {
    const request = post(new TextEncoder().encode(JSON.stringify({ token: freshToken() })), type);
    const { status, body } = await call(request);
    expect(status).toBe(415);
    expect(body).toEqual({ error: { code: 'ERR_UNSUPPORTED_MEDIA_TYPE' } });
  });

  it.each([
    ['invalid JSON', '{"token":', 'application/json'],
    ['JSON without a token', '{"jwt":"a.b.c"}', 'application/json'],
    ['a token that is not a string', '{"token":42}', 'application/json'],
    ['an empty token', '{"token":""}', 'application/json'],
    ['a JSON array', '["a.b.c"]', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['an empty text body', '  \n', 'text/plain'],
    ['no body at all', null, 'application/json'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'application/json'],
  ])('answers 400 to %s', async (_name, body, type) => {
    const { status, body: answer } = await call(post(body, type));
    expect(status).toBe(400);
    expect(answer).toEqual({ error: { code: 'ERR_BAD_REQUEST' } });
  });

  it('answers 413 to a body declared larger than 16 KiB without reading it', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({ pull(controller) { pulled++; controller.enqueue(new Uint8Array(1024)); } });
    const { status, body } = await call(post(stream, 'application/json', { 'content-length': '100000' }));
    expect(status).toBe(413);
    expect(body).toEqual({ error: { code: 'ERR_PAYLOAD_TOO_LARGE' } });
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk; nothing was read past it
  });

  it('answers 413 to a chunked body that grows past 16 KiB, and stops reading it', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('x'.repeat(4096)));
      },
    });
    const { status, body } = await call(post(stream, 'text/plain'));
    expect(status).toBe(413);
    expect(body).toEqual({ error: { code: 'ERR_PAYLOAD_TOO_LARGE' } });
    expect(pulled).toBeLessThan(8);
  });

  it('never sends back the token, the secret or the claims on refusal', async () => {
    const token = currentCustomerJwt({}, nowSec(), 'wrong-secret');
    const text = await (await handler(post(JSON.stringify({ token })))).text();
    for (const secret of [token, CLIENT_SECRET, 'john.doe@example.com', '4927']) expect(text).not.toContain(secret);
  });

  it('checks its options once, when created', () => {
    expect(() => createCustomerHandler({ clientId: CLIENT_ID, clientSecret: '' })).toThrow(InvalidArgumentError);
    expect(() => createCustomerHandler({ clientId: '', clientSecret: CLIENT_SECRET })).toThrow(InvalidArgumentError);
    expect(() => createCustomerHandler({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, clockToleranceSec: -5 })).toThrow(
      InvalidArgumentError,
    );
  });

  it('verifies without a store hash when none is configured', async () => {
    const anyStore = createCustomerHandler({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const response = await anyStore(post(JSON.stringify({ token: freshToken({ store_hash: 'other1' }) })));
    expect(response.status).toBe(200);
  });
});
