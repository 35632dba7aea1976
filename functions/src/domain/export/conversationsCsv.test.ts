import { describe, expect, it } from 'vitest';
import { conversationsCsv } from './conversationsCsv.ts';

describe('conversationsCsv', () => {
  it('defuses formulas and quotes line breaks', () => {
    const csv = conversationsCsv([
      {
        conversationId: 'c1',
        conversationCreatedAt: '2026-01-01T00:00:00.000Z',
        status: 'ai',
        visitorEmail: '',
        pageUrl: 'https://shop.example/',
        language: 'de-DE',
        messageId: 'm1',
        messageCreatedAt: '2026-01-01T00:00:00.000Z',
        role: 'visitor',
        text: '=HYPERLINK("https://evil.test")\nsecond line',
      },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'conversationId,conversationCreatedAt,status,visitorEmail,pageUrl,language,messageId,messageCreatedAt,role,text',
    );
    expect(row).toContain(`"'=HYPERLINK(""https://evil.test"")`);
  });
});
