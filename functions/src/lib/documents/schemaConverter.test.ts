import { botSchema } from '@frontdesk/contract';
import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { schemaConverter } from './schemaConverter.ts';

/** What a converter sees of a read document: its path and its stored fields. */
const snapshotOf = (path: string, stored: Record<string, unknown>) =>
  ({ ref: { path }, data: () => stored }) as unknown as QueryDocumentSnapshot;

const bot = {
  tenantId: 'tenant-1',
  active: true,
  appearance: {
    title: ' Bakery ',
    welcomeMessage: 'Hi',
    placeholder: 'Ask',
    launcherEmoji: '🥐',
    accentColor: '#b45309',
  },
};

describe('schemaConverter', () => {
  const converter = schemaConverter(botSchema);

  it('returns a document of the right shape as stored: fields the schema does not list are kept at any depth', () => {
    const stored = { ...bot, addedLater: 1, appearance: { ...bot.appearance, shadow: 'soft' } };
    const read = converter.fromFirestore(snapshotOf('bots/b1', stored));
    expect(read).toBe(stored);
    expect(read).toEqual({ ...bot, addedLater: 1, appearance: { ...bot.appearance, shadow: 'soft' } });
    // Not what zod's parse would make of it: the schema trims titles, the stored value is left alone.
    expect(read.appearance.title).toBe(' Bakery ');
  });

  it('reports a document of the wrong shape where it is read, with its path and every problem', () => {
    const stored = { ...bot, tenantId: undefined, active: 'yes' };
    expect(() => converter.fromFirestore(snapshotOf('bots/b1', stored))).toThrow(
      'Document bots/b1 has the wrong shape: tenantId: Invalid input: expected string, received undefined; ' +
        'active: Invalid input: expected boolean, received string',
    );
  });

  it('writes a document as it is given', () => {
    const document = { ...bot, extra: true };
    expect(converter.toFirestore(document)).toBe(document);
  });
});
