import { InvalidArgumentError } from '../errors';

const LOCAL_HOSTS = /^(?:localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * The origin of a storefront URL: https, or http for a local test store; no credentials, path,
 * query or fragment (the login URL is built on the origin alone).
 *
 * @throws {InvalidArgumentError} argument `storeUrl`, when it is anything else
 */
export function storeOrigin(operation: string, storeUrl: unknown): string {
  const url = typeof storeUrl === 'string' && URL.canParse(storeUrl) ? new URL(storeUrl) : undefined;
  const ok =
    url !== undefined &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.test(url.hostname))) &&
    !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  if (!ok) {
    throw new InvalidArgumentError(operation, 'storeUrl', 'must be an https origin such as "https://shop.example.com" (http only for localhost)');
  }
  return url.origin;
}
