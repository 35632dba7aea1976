import { isIP } from 'node:net';

/**
 * IPv4 ranges no request to a customer URL may reach: this host, private networks, CGNAT, loopback,
 * link-local (cloud metadata lives at 169.254.169.254), IETF protocol and documentation nets, benchmarking,
 * multicast and reserved space.
 */
const blockedV4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function v4ToNumber(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function inV4Range(address: string, [base, bits]: [string, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(v4ToNumber(address) / size) === Math.floor(v4ToNumber(base) / size);
}

/** The 8 groups of an IPv6 address as numbers, `::` expanded and an embedded IPv4 tail converted. */
function v6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const v4Tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/)?.[1];
  if (v4Tail) {
    const n = v4ToNumber(v4Tail);
    text = text.replace(v4Tail, `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`);
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((group) => Number.parseInt(group, 16));
}

function v4FromGroups(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** The kind of address, for the refusal message; `public` only when a request may go there. */
export type AddressClass = 'public' | 'private' | 'invalid';

/**
 * Whether an IP address (v4 or v6, as DNS resolves it) is a public unicast address. IPv4-mapped, IPv4-compatible,
 * NAT64 and 6to4 forms are judged by the IPv4 address inside them, so no private address passes in v6 clothing.
 */
export function classifyAddress(address: string): AddressClass {
  const version = isIP(address.split('%')[0] ?? '');
  if (version === 4) return blockedV4.some((range) => inV4Range(address, range)) ? 'private' : 'public';
  if (version !== 6) return 'invalid';
  const groups = v6Groups(address);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  // ::/128 unspecified, ::1 loopback
  if (upperZero && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return 'private';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated)
  if (upperZero && (g5 === 0xffff || g5 === 0)) return classifyAddress(v4FromGroups(g6, g7));
  // 64:ff9b::/96 NAT64
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return classifyAddress(v4FromGroups(g6, g7));
  // 2002::/16 6to4 carries an IPv4 address in groups 1–2
  if (g0 === 0x2002) return classifyAddress(v4FromGroups(g1, g2));
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return 'private'; // fe80::/10 link-local
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // fec0::/10 site-local (deprecated)
  if ((g0 & 0xff00) === 0xff00) return 'private'; // multicast
  if (g0 === 0x2001 && g1 === 0xdb8) return 'private'; // documentation
  if (g0 === 0x2001 && g1 < 0x200) return 'private'; // 2001::/23 IETF protocol assignments (Teredo among them)
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return 'private'; // discard-only
  return 'public';
}

/** Whether an address is one of this machine's loopback addresses (allowed only under the emulators). */
export function isLoopbackAddress(address: string): boolean {
  if (isIP(address) === 4) return address.startsWith('127.');
  return isIP(address) === 6 && v6Groups(address).every((group, index) => group === (index === 7 ? 1 : 0));
}
