import { describe, expect, it } from 'vitest';
import { exportFolderName, exportsToPrune } from './exportsToPrune.ts';

describe('exportsToPrune', () => {
  const now = new Date('2026-12-02T03:00:00Z');

  it('names export folders by their time', () => {
    expect(exportFolderName(now)).toBe('2026-12-02T03-00-00Z/');
  });

  it('prunes exports older than the retention period and nothing else in the bucket', () => {
    const folders = [
      '2026-11-17T03-00-00Z/', // 15 days
      '2026-11-18T02-59-59Z/', // just over 14 days
      '2026-11-18T03-00-00Z/', // exactly 14 days: kept
      '2026-12-01T03-00-00Z/',
      'manual-before-migration/',
      '2026-13-40T03-00-00Z/',
    ];
    expect(exportsToPrune(folders, now, 14)).toEqual(['2026-11-17T03-00-00Z/', '2026-11-18T02-59-59Z/']);
  });
});
