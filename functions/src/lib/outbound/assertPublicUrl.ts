import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress, isLoopbackAddress } from '../../domain/outbound/isPublicAddress.ts';

export interface OutboundOptions {
  /** Only under the emulators: http and loopback addresses are allowed, so tests can post to a local server. */
  allowLoopback: boolean;
}

/** Why a URL was refused; callers turn it into their typed refusal. */
export class UrlNotPublicError extends Error {
  override name = 'UrlNotPublicError';
}

/**
 * The address a request to `hostname` may go to: every address DNS gives must be public (a name that also
 * resolves to a private address is refused, so a rebinding answer cannot slip in), and the first is returned so
 * the caller connects to exactly the address that was checked.
 */
export async function resolvePublicAddress(
  hostname: string,
  options: OutboundOptions,
): Promise<{ address: string; family: 4 | 6 }> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const found = isIP(bare)
    ? [{ address: bare, family: isIP(bare) as 4 | 6 }]
    : await lookup(bare, { all: true, verbatim: true }).catch(() => {
        throw new UrlNotPublicError(`${hostname} does not resolve`);
      });
  if (found.length === 0) throw new UrlNotPublicError(`${hostname} does not resolve`);
  for (const { address } of found) {
    if (options.allowLoopback && isLoopbackAddress(address)) continue;
    if (classifyAddress(address) !== 'public') {
      throw new UrlNotPublicError(`${hostname} resolves to a private, loopback or reserved address`);
    }
  }
  const first = found[0] as { address: string; family: number };
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/**
 * A customer's URL, checked before anything is sent to it: `https` (plain `http` only with `allowLoopback`), no
 * credentials in it, and a host whose every DNS address is public. Answers the parsed URL.
 */
export async function assertPublicUrl(url: string, options: OutboundOptions): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UrlNotPublicError('not a URL');
  }
  const schemeAllowed = parsed.protocol === 'https:' || (options.allowLoopback && parsed.protocol === 'http:');
  if (!schemeAllowed) throw new UrlNotPublicError('only https URLs are allowed');
  if (parsed.username || parsed.password) throw new UrlNotPublicError('a URL must not carry credentials');
  await resolvePublicAddress(parsed.hostname, options);
  return parsed;
}
