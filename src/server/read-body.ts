/**
 * Reads a request body as UTF-8 text, stopping as soon as it passes `maxBytes`: the answer is the
 * text, or the status to refuse it with (413 too large, 400 unreadable or not UTF-8).
 * `Content-Length` is checked first, but a chunked body is measured as it arrives too.
 */
export async function readBody(request: Request, maxBytes: number): Promise<string | 400 | 413> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return 413;
  if (!request.body) return 400;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 413;
      }
      chunks.push(value);
    }
  } catch {
    return 400;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 400;
  }
}
