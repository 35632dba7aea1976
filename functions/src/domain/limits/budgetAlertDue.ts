export type BudgetThreshold = 80 | 100;

/**
 * The budget mail due now, if any: the highest threshold the month's usage has reached that was not mailed yet
 * this month. 100 % covers 80 % too, so a tenant that jumps past both gets one mail.
 */
export function budgetAlertDue(
  usedTokens: number,
  monthlyBudget: number,
  sent: Partial<Record<BudgetThreshold, boolean>>,
): BudgetThreshold | null {
  if (monthlyBudget <= 0) return null;
  const share = usedTokens / monthlyBudget;
  if (share >= 1) return sent[100] ? null : 100;
  if (share >= 0.8) return sent[80] || sent[100] ? null : 80;
  return null;
}
