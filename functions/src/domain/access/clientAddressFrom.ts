import { isIP } from 'node:net';

/** What a request says about where it came from. */
export interface AddressEvidence {
  /** The X-Forwarded-For header(s) as received: comma-separated, one entry appended by each proxy. */
  forwardedFor: string | string[] | undefined;
  /** The address of the peer of the TCP connection (on Cloud Run: the platform's own front end). */
  socketAddress: string | undefined;
  /**
   * How many proxies in front of the function append to X-Forwarded-For and are ours to trust, counted from
   * the right. 0: trust none, use the socket address.
   */
  trustedHops: number;
}

/** The key used when a request carries no usable address at all: such requests share one bucket. */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The client's network address, as far as it can be told without believing the client: every proxy appends
 * the address it saw to X-Forwarded-For, so only the right-most `trustedHops` entries were written by
 * someone we trust, and the left-most of those is the address the outermost trusted proxy saw. Anything
 * further left is the client's word and is ignored. When the header holds fewer entries than `trustedHops`
 * (the request skipped a front proxy), all of them were appended by trusted proxies and the left-most is
 * taken. Without a usable entry the socket address is used. IPv6 addresses are keyed by their /64 prefix,
 * the block one customer line gets, so one machine cannot count as 2^64 networks.
 */
export function clientAddressFrom(evidence: AddressEvidence): string {
  const hops = Math.max(0, Math.floor(evidence.trustedHops));
  if (hops > 0) {
    const entries = forwardedEntries(evidence.forwardedFor);
    if (entries.length > 0) {
      const trusted = entries[Math.max(0, entries.length - hops)] as string;
      const address = networkKey(trusted);
      if (address) return address;
    }
  }
  return networkKey(evidence.socketAddress ?? '') ?? UNKNOWN_ADDRESS;
}

/** The entries of one or more X-Forwarded-For headers, in order (several headers count as one list). */
function forwardedEntries(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(',') : (header ?? '');
  if (joined.trim() === '') return [];
  return joined.split(',').map((entry) => entry.trim());
}

/**
 * An address as a rate-limit key: IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 as its /64 prefix;
 * ports and brackets dropped. Undefined when the value is not an address.
 */
export function networkKey(value: string): string | undefined {
  const address = withoutPort(value.trim());
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return undefined;
  const groups = expandIpv6(address);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [high, low] = [groups[6] as number, groups[7] as number];
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** `1.2.3.4:80` → `1.2.3.4`, `[2001:db8::1]:443` → `2001:db8::1`; a bare IPv6 address is left alone. */
function withoutPort(value: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1] as string;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  if (ipv4WithPort) return ipv4WithPort[1] as string;
  return value.replace(/%.*$/, ''); // zone index (fe80::1%eth0)
}

/** A valid IPv6 address as its eight 16-bit groups (an embedded IPv4 tail becomes the last two). */
function expandIpv6(address: string): number[] {
  let text = address.toLowerCase();
  const ipv4Tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (ipv4Tail) {
    const [a, b, c, d] = (ipv4Tail[1] as string).split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, ipv4Tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16)));
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
