import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress, isReachableAddress } from '../../domain/outbound/classifyAddress.ts';
import { OutboundError } from './OutboundError.ts';

export interface OutboundPolicy {
  /** True only under the emulators: loopback addresses (and plain http to them) may be reached. */
  allowLoopback: boolean;
}

/**
 * The URL, if a request to it may leave the platform: `https` (plain http only to loopback under the
 * emulators), no credentials in it, and every address its host resolves to public. Throws a typed
 * OutboundError otherwise. `fetchPublic` connects to exactly the address checked here, so a DNS answer
 * that changes between check and connection cannot point the request elsewhere.
 */
export async function assertPublicUrl(url: string | URL, policy: OutboundPolicy): Promise<URL> {
  return (await resolvePublicUrl(url, policy)).url;
}

/** As `assertPublicUrl`, with the checked address to connect to. */
export async function resolvePublicUrl(
  input: string | URL,
  policy: OutboundPolicy,
): Promise<{ url: URL; address: string; family: 4 | 6 }> {
  const text = String(input);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OutboundError('invalid_url', 'The address is not a valid URL.', text);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OutboundError('invalid_url', 'Only web addresses (https) can be fetched.', text);
  }
  if (url.username || url.password) {
    throw new OutboundError('invalid_url', 'The address must not contain a user name or password.', text);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) as 4 | 6 }]
    : await lookup(host, { all: true, verbatim: true }).catch(() => {
        throw new OutboundError('unreachable', `The host ${host} could not be found.`, text);
      });
  // Every address must be public: a host that also resolves to a private one could be answered with it.
  const refused = addresses.find((entry) => !isReachableAddress(entry.address, policy));
  if (refused || addresses.length === 0) {
    throw new OutboundError(
      'private_address',
      `The address ${host} points to a private or internal network (${classifyAddress(refused?.address ?? '')}).`,
      text,
    );
  }
  const loopback = addresses.every((entry) => classifyAddress(entry.address) === 'loopback');
  if (url.protocol !== 'https:' && !(policy.allowLoopback && loopback)) {
    throw new OutboundError('not_https', 'Only https addresses can be fetched.', text);
  }
  const first = addresses[0] as { address: string; family: number };
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
