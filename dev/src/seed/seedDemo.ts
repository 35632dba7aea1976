import {
  type Availability,
  type Bot,
  type BotSettings,
  defaultAvailability,
  defaultBotSettings,
  paths,
  type Tenant,
} from '@frontdesk/contract';
import type { Firestore } from 'firebase-admin/firestore';

export const DEMO_TENANT_ID = 'demo-tenant';
export const DEMO_BOT_ID = 'demo';

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
};

/** Writes the demo tenant and its bot; safe to run again. */
export async function seedDemo(db: Firestore): Promise<void> {
  const tenant: Tenant = { name: 'Demo Dental', members: {} };
  const settings: BotSettings = {
    ...defaultBotSettings,
    notificationEmails: ['desk@demo-dental.test'],
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
  await batch.commit();
}
