import { describe, expect, it } from 'vitest';
import { hasPermission } from './hasPermission.ts';

describe('hasPermission', () => {
  it('gives agents conversations and bookings only', () => {
    expect(hasPermission('agent', 'conversations')).toBe(true);
    expect(hasPermission('agent', 'bookings')).toBe(true);
    expect(hasPermission('agent', 'bots')).toBe(false);
    expect(hasPermission('agent', 'data')).toBe(false);
    expect(hasPermission('agent', 'team')).toBe(false);
  });

  it('gives admins everything but the team, and owners everything', () => {
    expect(hasPermission('admin', 'bots')).toBe(true);
    expect(hasPermission('admin', 'data')).toBe(true);
    expect(hasPermission('admin', 'team')).toBe(false);
    expect(hasPermission('owner', 'team')).toBe(true);
  });
});
