import type { ListTenantsResponse } from '@frontdesk/contract';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';

/** Platform administrators: every tenant with its owners' emails and its bots. */
export const listTenants = defineCallable('listTenants', { maxInstances: 5 }, async () => {
  const [tenants, bots] = await Promise.all([refs.tenants().get(), refs.bots().get()]);
  const botsByTenant = new Map<string, ListTenantsResponse['tenants'][number]['bots']>();
  for (const doc of bots.docs) {
    const bot = doc.data();
    const list = botsByTenant.get(bot.tenantId) ?? [];
    list.push({
      botId: doc.id,
      name: bot.name ?? bot.appearance?.title ?? doc.id,
      active: bot.active,
      suspended: bot.suspended ?? false,
      review: bot.review ?? null,
    });
    botsByTenant.set(bot.tenantId, list);
  }
  return {
    tenants: tenants.docs
      .map((doc) => {
        const tenant = doc.data();
        return {
          tenantId: doc.id,
          name: tenant.name,
          ownerEmails: Object.entries(tenant.members)
            .filter(([, role]) => role === 'owner')
            .map(([uid]) => tenant.memberEmails?.[uid])
            .filter((email): email is string => Boolean(email)),
          bots: (botsByTenant.get(doc.id) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
});
