import type { Tenant } from '@frontdesk/contract';
import { defaultDailyTokenBudget, defaultMonthlyTokenBudget } from '../config.ts';
import type { BudgetLimits } from '../domain/limits/budgetShares.ts';

/**
 * A tenant's token limits: its own when its document sets them, else the platform's defaults. A daily cap of
 * `null` on the tenant switches the platform's default cap off for it; the param's 0 means no default cap.
 */
export function budgetLimitsOf(tenant: Pick<Tenant, 'monthlyTokenBudget' | 'dailyTokenBudget'>): BudgetLimits {
  const defaultDaily = defaultDailyTokenBudget.value();
  return {
    monthly: tenant.monthlyTokenBudget ?? defaultMonthlyTokenBudget.value(),
    daily: tenant.dailyTokenBudget === undefined ? (defaultDaily > 0 ? defaultDaily : null) : tenant.dailyTokenBudget,
  };
}
