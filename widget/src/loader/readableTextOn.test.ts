import { describe, expect, it } from 'vitest';
import { readableTextOn } from './readableTextOn.ts';

describe('readableTextOn', () => {
  it('puts white on dark accents and dark text on light ones', () => {
    expect(readableTextOn('#0f766e')).toBe('#ffffff');
    expect(readableTextOn('#4f46e5')).toBe('#ffffff');
    expect(readableTextOn('#fde047')).toBe('#111827');
    expect(readableTextOn('#fff')).toBe('#111827');
  });
});
