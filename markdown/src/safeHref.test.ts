import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref.ts';

describe('safeHref', () => {
  it('allows web, mail and phone links only, absolute', () => {
    expect(safeHref('https://a.example')).toBe('https://a.example/');
    expect(safeHref('mailto:x@example.com')).toBe('mailto:x@example.com');
    expect(safeHref('tel:+4930123')).toBe('tel:+4930123');
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
  });
});
