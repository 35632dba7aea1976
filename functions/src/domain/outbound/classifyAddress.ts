import { isIP } from 'node:net';

/**
 * What kind of network an IP address is on, for outbound requests to addresses a tenant gives (webhooks,
 * knowledge pages): only `public` may be reached in production, `loopback` also under the emulators.
 * Everything a request could use to reach the platform's own network is refused: private ranges (RFC 1918,
 * ULA), loopback, link-local (cloud metadata at 169.254.169.254), CGNAT, and IPv4 hidden in IPv6 forms
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4), which are judged by the IPv4 address inside.
 */
export type AddressClass = 'public' | 'loopback' | 'private' | 'link_local' | 'reserved' | 'invalid';

export function classifyAddress(address: string): AddressClass {
  const version = isIP(address);
  if (version === 4) return classifyV4(parseV4(address));
  if (version === 6) return classifyV6(address);
  return 'invalid';
}

function parseV4(address: string): number[] {
  return address.split('.').map(Number);
}

function classifyV4([a = 0, b = 0, c = 0]: number[]): AddressClass {
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link_local';
  if (a === 100 && b >= 64 && b <= 127) return 'private'; // CGNAT, RFC 6598
  if (a === 0) return 'reserved'; // "this network": 0.0.0.0 reaches the host itself on Linux
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'reserved'; // IETF assignments, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return 'reserved'; // benchmarking
  if (a === 198 && b === 51 && c === 100) return 'reserved'; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return 'reserved'; // TEST-NET-3
  if (a >= 224) return 'reserved'; // multicast, reserved, broadcast
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted IPv4 tail expanded). */
function groupsOf(address: string): number[] {
  let text = address.toLowerCase().split('%')[0] as string;
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = parseV4(dotted[1] as string);
    text = `${text.slice(0, -(dotted[1] as string).length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const all = tail === undefined ? left : [...left, ...Array<string>(missing).fill('0'), ...right];
  return all.map((group) => Number.parseInt(group || '0', 16));
}

function classifyV6(address: string): AddressClass {
  const g = groupsOf(address);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = () => classifyV4([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  const zeroHead = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 1) return 'loopback';
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 0) return 'reserved';
  if (zeroHead && (g5 === 0xffff || g5 === 0)) return v4(); // IPv4-mapped, IPv4-compatible
  if (g0 === 0x64 && g1 === 0xff9b) return v4(); // NAT64
  if (g0 === 0x2002) return classifyV4([g1 >> 8, g1 & 0xff, g2 >> 8, g2 & 0xff]); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // ULA fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return 'link_local';
  if ((g0 & 0xff00) === 0xff00) return 'reserved'; // multicast
  if (g0 === 0x2001 && g1 === 0xdb8) return 'reserved'; // documentation
  return 'public';
}

/** Whether an address may be reached: public ones, and loopback when `allowLoopback` (the emulators). */
export function isReachableAddress(address: string, options: { allowLoopback: boolean }): boolean {
  const kind = classifyAddress(address);
  return kind === 'public' || (kind === 'loopback' && options.allowLoopback);
}
