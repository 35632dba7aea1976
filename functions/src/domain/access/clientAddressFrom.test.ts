import { describe, expect, it } from 'vitest';
import { clientAddressFrom, networkKey, UNKNOWN_ADDRESS } from './clientAddressFrom.ts';

const socketAddress = '169.254.1.1';

describe('clientAddressFrom', () => {
  it('takes the entry the one trusted proxy appended, not what the client wrote to its left', () => {
    expect(clientAddressFrom({ forwardedFor: '203.0.113.9', socketAddress, trustedHops: 1 })).toBe('203.0.113.9');
    expect(clientAddressFrom({ forwardedFor: '1.1.1.1, 2.2.2.2, 203.0.113.9', socketAddress, trustedHops: 1 })).toBe(
      '203.0.113.9',
    );
  });

  it('counts trusted hops from the right', () => {
    const forwardedFor = '6.6.6.6, 203.0.113.9, 198.51.100.7';
    expect(clientAddressFrom({ forwardedFor, socketAddress, trustedHops: 2 })).toBe('203.0.113.9');
    expect(clientAddressFrom({ forwardedFor, socketAddress, trustedHops: 3 })).toBe('6.6.6.6');
  });

  it('takes the left-most entry when the request passed fewer proxies than trusted', () => {
    expect(clientAddressFrom({ forwardedFor: '203.0.113.9', socketAddress, trustedHops: 2 })).toBe('203.0.113.9');
  });

  it('treats several X-Forwarded-For headers as one list', () => {
    expect(
      clientAddressFrom({ forwardedFor: ['1.1.1.1', '2.2.2.2, 203.0.113.9'], socketAddress, trustedHops: 2 }),
    ).toBe('2.2.2.2');
  });

  it('uses the socket address without the header, with 0 trusted hops, or when the trusted entry is junk', () => {
    expect(clientAddressFrom({ forwardedFor: undefined, socketAddress, trustedHops: 1 })).toBe(socketAddress);
    expect(clientAddressFrom({ forwardedFor: '  ', socketAddress, trustedHops: 1 })).toBe(socketAddress);
    expect(clientAddressFrom({ forwardedFor: '203.0.113.9', socketAddress, trustedHops: 0 })).toBe(socketAddress);
    for (const junk of ['unknown', 'not an address', '999.1.1.1', '1.2.3', '', '1.2.3.4, ', '<script>']) {
      expect(clientAddressFrom({ forwardedFor: junk, socketAddress, trustedHops: 1 })).toBe(socketAddress);
    }
  });

  it('never lets junk to the left of the trusted entry matter', () => {
    expect(clientAddressFrom({ forwardedFor: 'garbage,,;x, 203.0.113.9', socketAddress, trustedHops: 1 })).toBe(
      '203.0.113.9',
    );
  });

  it('falls back to one shared bucket when nothing is usable', () => {
    expect(clientAddressFrom({ forwardedFor: 'junk', socketAddress: undefined, trustedHops: 1 })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom({ forwardedFor: undefined, socketAddress: '', trustedHops: 0 })).toBe(UNKNOWN_ADDRESS);
  });

  it('reads a negative or fractional hop count as whole hops, at least 0', () => {
    expect(clientAddressFrom({ forwardedFor: '203.0.113.9', socketAddress, trustedHops: -1 })).toBe(socketAddress);
    expect(clientAddressFrom({ forwardedFor: '6.6.6.6, 203.0.113.9', socketAddress, trustedHops: 1.9 })).toBe(
      '203.0.113.9',
    );
  });
});

describe('networkKey', () => {
  it('keeps IPv4 and drops ports', () => {
    expect(networkKey('203.0.113.9')).toBe('203.0.113.9');
    expect(networkKey(' 203.0.113.9:4711 ')).toBe('203.0.113.9');
  });

  it('reads IPv4-mapped IPv6 as IPv4, as Node reports IPv4 peers on a dual-stack socket', () => {
    expect(networkKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(networkKey('::ffff:cb00:7109')).toBe('203.0.113.9');
  });

  it('keys IPv6 by its /64, so addresses of one line count as one network', () => {
    expect(networkKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(networkKey('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(networkKey('[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64');
    expect(networkKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(networkKey('::1')).toBe('0:0:0:0::/64');
    expect(networkKey('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('refuses what is not an address', () => {
    for (const junk of ['', 'unknown', '1.2.3.4.5', '2001:db8:::1', '[1.2.3.4', 'localhost', '1.2.3.4:port']) {
      expect(networkKey(junk)).toBeUndefined();
    }
  });
});
