/** The longest `redirect_to` accepted. */
const MAX_PATH_LENGTH = 2048;
// Enough for a path encoded twice over; deeper nesting is refused rather than unwrapped.
const MAX_DECODINGS = 3;
const BASE = 'https://store.invalid';

/**
 * Reports whether `path` is a path on the store, safe to send as `redirect_to`.
 *
 * An open redirect is a security bug, so this is strict. The raw text must be printable ASCII
 * starting with a single `/`. It and every percent-decoding of it (and their NFKC foldings, as
 * some servers normalise `／` to `/`) must: start with one `/` (not `//`, `/\`), hold no
 * backslash, control or invisible formatting character anywhere; no whitespace, `.`/`..` segment
 * or empty segment (but a trailing `/`) in the path part; and resolve to the store's own origin. A percent-encoding that
 * does not decode (`%zz`, overlong UTF-8) is refused.
 *
 * @example
 * ```ts
 * isStorePath('/account.php?action=order_status') // true
 * isStorePath('//evil.example') // false
 * ```
 */
export function isStorePath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH || !/^\/[\x21-\x7e]*$/.test(path)) return false;
  let form = path;
  for (let decodings = 0; ; decodings++) {
    if (!isSafeForm(form) || !isSafeForm(form.normalize('NFKC'))) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(form);
    } catch {
      return false;
    }
    if (decoded === form) return true;
    if (decodings === MAX_DECODINGS) return false;
    form = decoded;
  }
}

function isSafeForm(form: string): boolean {
  if (!form.startsWith('/') || /[\\\p{Cc}\p{Cf}]/u.test(form)) return false;
  const pathPart = form.split(/[?#]/, 1)[0]!;
  // Empty and dot segments are what path normalisation turns into a protocol-relative `//host`;
  // only the last segment may be empty (`/shop-all/`).
  const segments = pathPart.slice(1).split('/');
  if (/[\s\p{Z}]/u.test(pathPart) || segments.some((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1))) {
    return false;
  }
  try {
    return new URL(form, BASE).origin === BASE;
  } catch {
    return false;
  }
}
