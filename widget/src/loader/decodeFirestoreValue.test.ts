import { describe, expect, it } from 'vitest';
import { decodeFirestoreFields } from './decodeFirestoreValue.ts';

describe('decodeFirestoreFields', () => {
  it('decodes the REST encoding of a bot document', () => {
    expect(
      decodeFirestoreFields({
        active: { booleanValue: true },
        tenantId: { stringValue: 't1' },
        count: { integerValue: '3' },
        ratio: { doubleValue: 0.5 },
        nothing: { nullValue: null },
        at: { timestampValue: '2026-06-02T08:00:00Z' },
        appearance: { mapValue: { fields: { title: { stringValue: 'Hi' } } } },
        list: { arrayValue: { values: [{ stringValue: 'a' }, { integerValue: '1' }] } },
        empty: { arrayValue: {} },
      }),
    ).toEqual({
      active: true,
      tenantId: 't1',
      count: 3,
      ratio: 0.5,
      nothing: null,
      at: '2026-06-02T08:00:00Z',
      appearance: { title: 'Hi' },
      list: ['a', 1],
      empty: [],
    });
  });
});
