import { escapeHtml } from '../mail/escapeHtml.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import type { BudgetThreshold } from './budgetAlertDue.ts';

/**
 * The mail to a tenant's owners when the month's tokens reach 80 % or 100 % of the budget. English, with the
 * `budget.*` keys of the shared mail string table in mind (`budget.warning.subject`, `budget.exhausted.subject`,
 * …) so it moves there when the table exists.
 */
export const budgetStrings = {
  'budget.warning.subject': 'Frontdesk: {tenant} has used 80 % of this month’s token budget',
  'budget.exhausted.subject': 'Frontdesk: {tenant} has used this month’s token budget',
  'budget.warning.body':
    '{tenant} has used {used} of its {budget} tokens for {month} (UTC). At 100 % the bots stop answering until the month ends or the budget is raised.',
  'budget.exhausted.body':
    '{tenant} has used {used} of its {budget} tokens for {month} (UTC). The bots answer visitors with a notice that the chat is unavailable until the month ends or a platform administrator raises the budget.',
} as const;

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export function buildBudgetMail(input: {
  to: string[];
  tenantName: string;
  threshold: BudgetThreshold;
  usedTokens: number;
  monthlyBudget: number;
  month: string;
}): OutgoingMail {
  const kind = input.threshold === 100 ? 'exhausted' : 'warning';
  const values = {
    tenant: input.tenantName.replace(/[\r\n]+/g, ' ').trim(),
    used: input.usedTokens.toLocaleString('en'),
    budget: input.monthlyBudget.toLocaleString('en'),
    month: input.month,
  };
  const text = fill(budgetStrings[`budget.${kind}.body`], values);
  return {
    to: input.to,
    message: {
      subject: fill(budgetStrings[`budget.${kind}.subject`], values),
      text,
      html: `<p>${escapeHtml(text)}</p>`,
      attachments: [],
    },
  };
}
