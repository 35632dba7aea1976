import { type Locale, paths } from '@frontdesk/contract';
import type { Transaction, WriteBatch } from 'firebase-admin/firestore';
import { newBotDocuments } from '../domain/bots/newBotDocuments.ts';
import { db } from '../lib/admin.ts';

/** Adds a new bot's public document, private settings and availability to `writes`; returns its id. */
export function writeNewBot(
  writes: WriteBatch | Transaction,
  input: { tenantId: string; name: string; timezone: string; locale: Locale; website?: string | undefined },
): string {
  const botRef = db.collection('bots').doc();
  const { bot, settings, availability } = newBotDocuments(input);
  writes.create(botRef, bot);
  writes.create(db.doc(paths.botSettings(botRef.id)), settings);
  writes.create(db.doc(paths.availability(botRef.id)), availability);
  return botRef.id;
}
