import {
  type Availability,
  type Bot,
  type BotSettings,
  defaultAvailability,
  defaultBotSettings,
  type Invite,
  paths,
  type Tenant,
} from '@frontdesk/contract';
import { type Firestore, Timestamp } from 'firebase-admin/firestore';
import { queuedSource } from '../../../functions/src/domain/knowledge/queuedSource.ts';
import { demoKnowledge } from './demoKnowledge.ts';

export const DEMO_TENANT_ID = 'demo-tenant';
export const DEMO_BOT_ID = 'demo';
/** Signing in to the local console with this address makes you the demo tenant's owner (a seeded invitation). */
export const DEMO_OWNER_EMAIL = 'owner@demo-dental.test';
/** A platform administrator under `npm start` and in tests (param PLATFORM_ADMIN_EMAILS). */
export const DEMO_PLATFORM_ADMIN_EMAIL = 'admin@frontdesk.test';

export const demoBot: Bot = {
  tenantId: DEMO_TENANT_ID,
  name: 'Demo Dental',
  active: true,
  timezone: 'Europe/Berlin',
  appointmentsEnabled: true,
  appearance: {
    title: 'Demo Dental',
    welcomeMessage: 'Hi! I’m the Demo Dental front desk. How can I help you today?',
    placeholder: 'Ask about opening hours, prices, appointments…',
    launcherEmoji: '🦷',
    accentColor: '#0f766e',
  },
  // Every site: the demo runs on whatever host and port `npm start` picks.
  allowedOrigins: [],
};

/**
 * Writes the demo tenant, its bot, an owner invitation for DEMO_OWNER_EMAIL and, with `knowledge`, the bot's
 * knowledge (FAQ entries, a document and the demo site's pages at `demoSiteUrl`, queued for indexing by the
 * functions; `npm start` seeds it, tests that expect the plain offline reply do not); safe to run again.
 */
export async function seedDemo(db: Firestore, options: { knowledge?: { demoSiteUrl: string } } = {}): Promise<void> {
  const tenant: Tenant = { name: 'Demo Dental', members: {}, memberEmails: {}, retentionDays: null };
  const ownerInvite: Invite = {
    email: DEMO_OWNER_EMAIL,
    role: 'owner',
    invitedBy: 'seed',
    createdAt: Timestamp.now(),
  };
  const settings: BotSettings = {
    ...defaultBotSettings,
    // Notification addresses must be team members' verified emails: the owner's, once they have signed in.
    notificationEmails: [DEMO_OWNER_EMAIL],
    systemPrompt:
      'You are the front desk of Demo Dental, a dental practice. Answer questions about the practice briefly and kindly.',
  };
  const availability: Availability = {
    ...defaultAvailability,
    durationsMinutes: [30, 60],
    bufferMinutes: 10,
    weekly: { ...defaultAvailability.weekly, sat: [{ start: '10:00', end: '14:00' }] },
  };
  const batch = db.batch();
  batch.set(db.doc(paths.tenant(DEMO_TENANT_ID)), tenant);
  batch.set(db.doc(paths.bot(DEMO_BOT_ID)), demoBot);
  batch.set(db.doc(paths.botSettings(DEMO_BOT_ID)), settings);
  batch.set(db.doc(paths.availability(DEMO_BOT_ID)), availability);
  batch.set(db.doc(`${paths.invites(DEMO_TENANT_ID)}/${DEMO_OWNER_EMAIL}`), ownerInvite);
  const now = Timestamp.now();
  const knowledge = options.knowledge ? demoKnowledge(options.knowledge.demoSiteUrl) : {};
  for (const [sourceId, content] of Object.entries(knowledge)) {
    batch.set(
      db.doc(`${paths.knowledgeSources(DEMO_BOT_ID)}/${sourceId}`),
      queuedSource({ tenantId: DEMO_TENANT_ID, content, now }),
    );
  }
  await batch.commit();
}
