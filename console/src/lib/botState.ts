import type { Bot } from '@frontdesk/contract';
import { t } from '../i18n/strings.ts';

/** What a bot's badge says and whether it answers visitors: suspension and review come before the tenant's switch. */
export function botState(bot: Pick<Bot, 'active' | 'suspended'> & { review?: Bot['review'] | null }): {
  label: string;
  answers: boolean;
} {
  if (bot.suspended) return { label: t.bots.suspended, answers: false };
  if (bot.review === 'pending') return { label: t.bots.waitingForReview, answers: false };
  if (bot.review === 'refused') return { label: t.bots.refused, answers: false };
  return { label: bot.active ? t.bots.active : t.bots.inactive, answers: bot.active };
}
