import type { IncomingMessage } from 'node:http';

/** Largest request body the simulator reads; bigger bodies are cut off and reported as too large. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Thrown by a body reader when the body exceeds {@link MAX_BODY_BYTES}. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor() {
    super(`Request body exceeds ${MAX_BODY_BYTES} bytes`);
  }
}

/**
 * Makes a reader that reads the request body as UTF-8 text once; every call shares that read,
 * so fault matching can peek at a GraphQL body that the route then handles.
 * @throws {BodyTooLargeError} (from the returned promise) when the body is over the limit.
 */
export function bodyReader(req: IncomingMessage): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => (pending ??= readBody(req));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
      done = true;
    });
  });
}
