import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { paths } from '@frontdesk/contract';
import { collection, doc, getDoc, getDocs, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { rulesTestEnvironment } from '../support/rulesTestEnvironment.ts';

const botId = 'bot-1';
const alice = 'visitor-alice';
const bob = 'visitor-bob';
const member1 = 'member-of-tenant-1';
const member2 = 'member-of-tenant-2';
const aliceConversation = paths.conversation(botId, 'conversation-alice');
const aliceMessage = `${paths.messages(botId, 'conversation-alice')}/message-1`;

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await rulesTestEnvironment('rules');
});

afterAll(async () => {
  await env.cleanup();
});

beforeEach(async () => {
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    await setDoc(doc(db, paths.bot(botId)), { tenantId: 'tenant-1', active: true });
    await setDoc(doc(db, paths.botSettings(botId)), { systemPrompt: 'secret instructions' });
    await setDoc(doc(db, paths.tenant('tenant-1')), { name: 'Tenant 1', members: { [member1]: 'admin' } });
    await setDoc(doc(db, paths.tenant('tenant-2')), { name: 'Tenant 2', members: { [member2]: 'owner' } });
    await setDoc(doc(db, `${paths.usageDays('tenant-1')}/2026-11-22-0`), { day: '2026-11-22', messages: 3 });
    await setDoc(doc(db, `${paths.budgetMonths('tenant-1')}/2026-11-0`), { month: '2026-11', usedTokens: 10 });
    await setDoc(doc(db, `${paths.rateLimits()}/counter`), { count: 1 });
    await setDoc(doc(db, paths.system('ipSalt')), { value: 'secret' });
    await setDoc(doc(db, `${paths.bookings(botId)}/booking-1`), {
      tenantId: 'tenant-1',
      visitorUid: alice,
      email: 'a@example.com',
    });
    await setDoc(doc(db, `${paths.slotUnits(botId)}/29000000`), { bookingId: 'booking-1' });
    await setDoc(doc(db, `${paths.mail()}/mail-1`), { to: ['a@example.com'] });
    await setDoc(doc(db, aliceConversation), { visitorUid: alice, tenantId: 'tenant-1', status: 'ai' });
    await setDoc(doc(db, aliceMessage), { visitorUid: alice, tenantId: 'tenant-1', role: 'visitor', text: 'Hi' });
  });
});

const as = (uid: string | null) => (uid ? env.authenticatedContext(uid) : env.unauthenticatedContext()).firestore();

describe('firestore.rules', () => {
  it('lets a visitor read their own conversation and its messages', async () => {
    const db = as(alice);
    await assertSucceeds(getDoc(doc(db, aliceConversation)));
    await assertSucceeds(getDoc(doc(db, aliceMessage)));
    await assertSucceeds(
      getDocs(query(collection(db, paths.messages(botId, 'conversation-alice')), where('visitorUid', '==', alice))),
    );
  });

  it('keeps another visitor out of that conversation', async () => {
    const db = as(bob);
    await assertFails(getDoc(doc(db, aliceConversation)));
    await assertFails(getDoc(doc(db, aliceMessage)));
    await assertFails(getDocs(collection(db, paths.messages(botId, 'conversation-alice'))));
    await assertFails(getDocs(query(collection(db, paths.conversations(botId)), where('visitorUid', '==', alice))));
  });

  it('keeps signed-out users out of conversations', async () => {
    await assertFails(getDoc(doc(as(null), aliceConversation)));
    await assertFails(getDoc(doc(as(null), aliceMessage)));
  });

  it('lets no client write conversations or messages, not even their own', async () => {
    const db = as(alice);
    await assertFails(
      setDoc(doc(db, `${paths.messages(botId, 'conversation-alice')}/forged`), {
        visitorUid: alice,
        tenantId: 'tenant-1',
        role: 'assistant',
        text: 'forged reply',
      }),
    );
    await assertFails(updateDoc(doc(db, aliceMessage), { text: 'edited' }));
    await assertFails(updateDoc(doc(db, aliceConversation), { status: 'human' }));
    await assertFails(setDoc(doc(db, paths.conversation(botId, 'new')), { visitorUid: alice }));
  });

  it('serves the public bot config to anyone and nothing else by default', async () => {
    await assertSucceeds(getDoc(doc(as(null), paths.bot(botId))));
    await assertFails(setDoc(doc(as(alice), paths.bot(botId)), { active: false }));
    await assertFails(getDoc(doc(as(alice), paths.botSettings(botId))));
    await assertFails(getDoc(doc(as(alice), paths.tenant('tenant-1'))));
    await assertFails(getDocs(collection(as(alice), 'bots')));
  });

  it("lets the bot's team read its settings, conversations, messages and usage", async () => {
    const db = as(member1);
    await assertSucceeds(getDoc(doc(db, paths.tenant('tenant-1'))));
    await assertSucceeds(getDoc(doc(db, paths.botSettings(botId))));
    await assertSucceeds(getDoc(doc(db, aliceConversation)));
    await assertSucceeds(getDoc(doc(db, aliceMessage)));
    await assertSucceeds(
      getDocs(query(collection(db, paths.conversations(botId)), where('tenantId', '==', 'tenant-1'))),
    );
    await assertSucceeds(getDocs(collection(db, paths.usageDays('tenant-1'))));
    await assertSucceeds(getDocs(collection(db, paths.budgetMonths('tenant-1'))));
    await assertSucceeds(getDocs(query(collection(db, 'bots'), where('tenantId', '==', 'tenant-1'))));
  });

  it("keeps another tenant's members out, and team members cannot write either", async () => {
    const db = as(member2);
    await assertFails(getDoc(doc(db, paths.tenant('tenant-1'))));
    await assertFails(getDoc(doc(db, paths.botSettings(botId))));
    await assertFails(getDoc(doc(db, aliceConversation)));
    await assertFails(getDoc(doc(db, aliceMessage)));
    await assertFails(getDocs(query(collection(db, paths.conversations(botId)), where('tenantId', '==', 'tenant-1'))));
    await assertFails(getDocs(collection(db, paths.usageDays('tenant-1'))));
    await assertFails(getDocs(query(collection(db, 'bots'), where('tenantId', '==', 'tenant-1'))));
    await assertFails(updateDoc(doc(as(member1), aliceConversation), { status: 'human' }));
    await assertFails(setDoc(doc(as(member1), paths.botSettings(botId)), { systemPrompt: 'changed' }));
  });

  it('keeps visitors out of settings and usage, and everyone out of counters and server values', async () => {
    await assertFails(getDocs(collection(as(alice), paths.usageDays('tenant-1'))));
    for (const uid of [alice, member1, null]) {
      await assertFails(getDoc(doc(as(uid), `${paths.rateLimits()}/counter`)));
      await assertFails(getDoc(doc(as(uid), paths.system('ipSalt'))));
    }
  });

  it("lets the bot's team read bookings; slot units and the mail outbox stay server-only", async () => {
    await assertSucceeds(getDoc(doc(as(member1), `${paths.bookings(botId)}/booking-1`)));
    await assertSucceeds(
      getDocs(query(collection(as(member1), paths.bookings(botId)), where('tenantId', '==', 'tenant-1'))),
    );
    for (const uid of [alice, member2, null]) {
      await assertFails(getDoc(doc(as(uid), `${paths.bookings(botId)}/booking-1`)));
    }
    for (const uid of [alice, member1, null]) {
      await assertFails(getDoc(doc(as(uid), `${paths.slotUnits(botId)}/29000000`)));
      await assertFails(setDoc(doc(as(uid), `${paths.slotUnits(botId)}/29000001`), { bookingId: 'forged' }));
      await assertFails(getDoc(doc(as(uid), `${paths.mail()}/mail-1`)));
      await assertFails(setDoc(doc(as(uid), `${paths.mail()}/forged`), { to: ['x@example.com'] }));
    }
    await assertFails(updateDoc(doc(as(member1), `${paths.bookings(botId)}/booking-1`), { status: 'cancelled' }));
  });
});
