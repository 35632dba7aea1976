import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from './isOriginAllowed.ts';

const production = { emulator: false };

describe('isOriginAllowed', () => {
  it('allows every origin when the list is empty', () => {
    expect(isOriginAllowed('https://anything.example', [], production)).toBe(true);
    expect(isOriginAllowed(undefined, [], production)).toBe(true);
  });

  it('matches exact origins only', () => {
    const list = ['https://shop.example.com'];
    expect(isOriginAllowed('https://shop.example.com', list, production)).toBe(true);
    expect(isOriginAllowed('http://shop.example.com', list, production)).toBe(false);
    expect(isOriginAllowed('https://shop.example.com:8443', list, production)).toBe(false);
    expect(isOriginAllowed('https://evil-shop.example.com', list, production)).toBe(false);
    expect(isOriginAllowed(undefined, list, production)).toBe(false);
    expect(isOriginAllowed('null', list, production)).toBe(false);
  });

  it('matches wildcard subdomains, not the apex and not look-alikes', () => {
    const list = ['https://*.example.com'];
    expect(isOriginAllowed('https://www.example.com', list, production)).toBe(true);
    expect(isOriginAllowed('https://a.b.example.com', list, production)).toBe(true);
    expect(isOriginAllowed('https://example.com', list, production)).toBe(false);
    expect(isOriginAllowed('https://badexample.com', list, production)).toBe(false);
    expect(isOriginAllowed('https://www.example.com.evil.net', list, production)).toBe(false);
    expect(isOriginAllowed('http://www.example.com', list, production)).toBe(false);
  });

  it('accepts loopback origins only in the emulator', () => {
    const list = ['https://shop.example.com'];
    expect(isOriginAllowed('http://localhost:5173', list, { emulator: true })).toBe(true);
    expect(isOriginAllowed('http://127.0.0.1:5180', list, { emulator: true })).toBe(true);
    expect(isOriginAllowed('http://localhost:5173', list, production)).toBe(false);
  });
});
