import { type Locale, paths } from '@frontdesk/contract';
import type { WriteBatch } from 'firebase-admin/firestore';
import { newBotDocuments } from '../domain/console/newBotDocuments.ts';
import { db } from '../lib/admin.ts';

/** Adds a new bot's public document, private settings and availability to `batch`; returns its id. */
export function writeNewBot(
  batch: WriteBatch,
  input: { tenantId: string; name: string; timezone: string; locale: Locale },
): string {
  const botRef = db.collection('bots').doc();
  const { bot, settings, availability } = newBotDocuments(input);
  batch.create(botRef, bot);
  batch.create(db.doc(paths.botSettings(botRef.id)), settings);
  batch.create(db.doc(paths.availability(botRef.id)), availability);
  return botRef.id;
}
