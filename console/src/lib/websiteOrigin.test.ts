import { describe, expect, it } from 'vitest';
import { websiteOrigin } from './websiteOrigin.ts';

describe('websiteOrigin', () => {
  it('takes the origin of what a person types, https when no scheme is given', () => {
    expect(websiteOrigin('  www.Example.com ')).toBe('https://www.example.com');
    expect(websiteOrigin('https://shop.example.com/about?x=1')).toBe('https://shop.example.com');
    expect(websiteOrigin('http://localhost:8080/')).toBe('http://localhost:8080');
  });

  it('leaves nothing as nothing, and text that is no web address as typed for the server to name', () => {
    expect(websiteOrigin('   ')).toBeUndefined();
    expect(websiteOrigin('ftp://example.com')).toBe('ftp://example.com');
    expect(websiteOrigin('not a site')).toBe('not a site');
  });
});
