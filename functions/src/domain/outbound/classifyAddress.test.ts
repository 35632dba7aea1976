import { describe, expect, it } from 'vitest';
import { classifyAddress, isReachableAddress } from './classifyAddress.ts';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.5.6.7', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.0.10', 'private'],
    ['169.254.169.254', 'link_local'],
    ['100.64.0.1', 'private'],
    ['100.128.0.1', 'public'],
    ['0.0.0.0', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'reserved'],
    ['fd00::1', 'private'],
    ['fc12:3456::1', 'private'],
    ['fe80::1', 'link_local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:c0a8:0101::1', 'private'],
    ['2606:4700:4700::1111', 'public'],
    ['ff02::1', 'reserved'],
    ['example.com', 'invalid'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it('lets loopback through only when asked (the emulators), never private or metadata addresses', () => {
    expect(isReachableAddress('127.0.0.1', { allowLoopback: false })).toBe(false);
    expect(isReachableAddress('127.0.0.1', { allowLoopback: true })).toBe(true);
    expect(isReachableAddress('169.254.169.254', { allowLoopback: true })).toBe(false);
    expect(isReachableAddress('192.168.1.1', { allowLoopback: true })).toBe(false);
    expect(isReachableAddress('1.1.1.1', { allowLoopback: false })).toBe(true);
  });
});
