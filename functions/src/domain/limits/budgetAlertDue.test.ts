import { describe, expect, it } from 'vitest';
import { budgetAlertDue } from './budgetAlertDue.ts';

describe('budgetAlertDue', () => {
  it('mails at 80 % and at 100 %, once each per month', () => {
    expect(budgetAlertDue(799, 1_000, {})).toBeNull();
    expect(budgetAlertDue(800, 1_000, {})).toBe(80);
    expect(budgetAlertDue(950, 1_000, { 80: true })).toBeNull();
    expect(budgetAlertDue(1_000, 1_000, { 80: true })).toBe(100);
    expect(budgetAlertDue(1_200, 1_000, { 80: true, 100: true })).toBeNull();
  });

  it('sends only the 100 % mail when usage jumps past both, and nothing for a budget of 0', () => {
    expect(budgetAlertDue(1_500, 1_000, {})).toBe(100);
    expect(budgetAlertDue(900, 1_000, { 100: true })).toBeNull();
    expect(budgetAlertDue(10, 0, {})).toBeNull();
  });
});
