import type { TeamAvailability } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { assertVisitorOwns } from '../conversations/assertVisitorOwns.ts';
import { teamAvailability } from '../domain/handoff/teamAvailability.ts';
import { recordEvent } from '../events/recordEvent.ts';
import { db } from '../lib/admin.ts';
import { getAllTyped } from '../lib/documents/getAllTyped.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Puts a conversation in the team's hands: `waiting` (the AI falls silent) unless a person already handles it,
 * an address the visitor left (with consent) stored, and `handoff.requested` recorded once per request that
 * changed the state, so the team is notified. Answers when the team is there, by the bot's opening hours.
 */
export async function handOff(input: {
  botId: string;
  conversationId: string;
  visitorUid: string;
  by: 'visitor' | 'assistant';
  email?: string;
  reason?: string;
  now?: number;
}): Promise<TeamAvailability & { emailSaved: boolean }> {
  const now = input.now ?? Date.now();
  const conversationRef = refs.conversation(input.botId, input.conversationId);
  const botRef = refs.bot(input.botId);
  const availabilityRef = refs.availability(input.botId);
  const { bot, availability } = await db.runTransaction(async (tx) => {
    const [conversation, botSnapshot, availabilitySnapshot] = await getAllTyped(
      tx,
      conversationRef,
      botRef,
      availabilityRef,
    );
    const stored = conversation.data();
    if (!stored) {
      throw refuse('not-found', 'conversation_not_found', 'Write a message first; then ask for a person.');
    }
    assertVisitorOwns(stored, input.visitorUid);
    const alreadyWithTeam = stored.status === 'waiting' || stored.status === 'human';
    tx.update(conversationRef, {
      ...(stored.status === 'human' ? {} : { status: 'waiting' }),
      handoffRequestedAt: Timestamp.fromMillis(now),
      unreadForTeam: true,
      ...(input.email ? { visitorEmail: input.email, emailConsentAt: Timestamp.fromMillis(now) } : {}),
    });
    if (!alreadyWithTeam) {
      recordEvent(tx, {
        type: 'handoff.requested',
        tenantId: stored.tenantId,
        botId: input.botId,
        conversationId: input.conversationId,
        data: { by: input.by, reason: input.reason ?? null, emailLeft: Boolean(input.email) },
      });
    }
    return {
      bot: botSnapshot.data(),
      availability: availabilitySnapshot.exists ? availabilitySnapshot.data() : undefined,
    };
  });
  const zone = bot?.timezone ?? 'UTC';
  // A bot without saved opening hours says nothing about when the team is there.
  const when = availability
    ? teamAvailability(availability, zone, now)
    : { openNow: true, opensAt: null, timezone: zone };
  return { ...when, emailSaved: Boolean(input.email) };
}
