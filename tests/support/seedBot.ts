import { type BotSettings, defaultBotSettings, paths, type Tenant } from '@frontdesk/contract';
import { demoBot } from '../../dev/src/seed/seedDemo.ts';
import { db } from './db.ts';
import { uniqueId } from './uniqueId.ts';

/** Creates a bot of its own for one test, with its tenant and settings. */
export async function seedBot(
  options: { active?: boolean; settings?: Partial<BotSettings>; tenant?: Partial<Tenant> } = {},
): Promise<string> {
  const botId = uniqueId('bot');
  const tenantId = uniqueId('tenant');
  await Promise.all([
    db.doc(paths.tenant(tenantId)).set({ name: 'Test tenant', members: {}, ...options.tenant }),
    db.doc(paths.bot(botId)).set({
      ...demoBot,
      tenantId,
      active: options.active ?? true,
      appointmentsEnabled: false,
      allowedOrigins: options.settings?.allowedOrigins ?? [], // the public copy, as updateBotSettings writes it
    }),
    db.doc(paths.botSettings(botId)).set({ ...defaultBotSettings, ...options.settings }),
  ]);
  return botId;
}
