import { Timestamp } from 'firebase-admin/firestore';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { budgetAlertDue } from '../domain/limits/budgetAlertDue.ts';
import { buildBudgetMail } from '../domain/limits/buildBudgetMail.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { log } from '../lib/log.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';
import { budgetLimitsOf } from './budgetLimitsOf.ts';

/**
 * Every 15 minutes: tenants whose month reached 80 % or 100 % of the token budget get one mail per threshold
 * and month, to their owners, through the mail outbox. The month's shards are summed with one collection-group
 * query (only tenants with usage this month have shards); `tenants/{id}/budgetAlerts/{month}` remembers what
 * was sent, checked and written in the same transaction as the mail, so it goes once.
 */
export const budgetAlertsSchedule = onSchedule({ schedule: 'every 15 minutes', maxInstances: 1 }, async (event) => {
  const now = new Date(event.scheduleTime);
  const month = now.toISOString().slice(0, 7);
  const shards = await db.collectionGroup('budgetMonths').where('month', '==', month).select('usedTokens').get();
  const usedByTenant = new Map<string, number>();
  for (const shard of shards.docs) {
    const tenantId = shard.ref.parent.parent?.id;
    if (tenantId) usedByTenant.set(tenantId, (usedByTenant.get(tenantId) ?? 0) + (shard.get('usedTokens') ?? 0));
  }
  for (const [tenantId, usedTokens] of usedByTenant) {
    await db.runTransaction(async (tx) => {
      const alertRef = db.doc(`tenants/${tenantId}/budgetAlerts/${month}`);
      const [tenantSnapshot, alertSnapshot] = await Promise.all([tx.get(refs.tenant(tenantId)), tx.get(alertRef)]);
      const tenant = tenantSnapshot.data();
      if (!tenant) return;
      const { monthly } = budgetLimitsOf(tenant);
      const sent = (alertSnapshot.data() ?? {}) as { 80?: boolean; 100?: boolean };
      const threshold = budgetAlertDue(usedTokens, monthly, sent);
      if (!threshold) return;
      const owners = Object.entries(tenant.members)
        .filter(([, role]) => role === 'owner')
        .map(([uid]) => tenant.memberEmails?.[uid])
        .filter((email): email is string => Boolean(email));
      tx.set(alertRef, { [threshold]: true, [`at${threshold}`]: Timestamp.fromDate(now) }, { merge: true });
      if (owners.length > 0) {
        const mail = buildBudgetMail({
          to: owners,
          tenantName: tenant.name,
          threshold,
          usedTokens,
          monthlyBudget: monthly,
          month,
        });
        enqueueMail(tx, [mail], { tenantId, kind: 'budget' });
      }
      log.info('budget.alert', { tenantId, threshold: String(threshold), month, owners: owners.length });
    });
  }
});
