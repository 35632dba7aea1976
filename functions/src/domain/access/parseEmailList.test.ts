import { describe, expect, it } from 'vitest';
import { parseEmailList } from './parseEmailList.ts';

describe('parseEmailList', () => {
  it('trims, lowercases and drops empty entries', () => {
    expect(parseEmailList(' Admin@Frontdesk.test, ,ops@example.com ')).toEqual([
      'admin@frontdesk.test',
      'ops@example.com',
    ]);
    expect(parseEmailList('')).toEqual([]);
  });
});
