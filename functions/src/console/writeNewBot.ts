import { type Locale, paths } from '@frontdesk/contract';
import type { Transaction, WriteBatch } from 'firebase-admin/firestore';
import { botReviewParam } from '../config.ts';
import { newBotDocuments } from '../domain/bots/newBotDocuments.ts';
import { db } from '../lib/admin.ts';

/** Adds a new bot's public document, private settings and availability to `writes`; returns its id. */
export function writeNewBot(
  writes: WriteBatch | Transaction,
  input: { tenantId: string; name: string; timezone: string; locale: Locale; website?: string | undefined },
): string {
  const botRef = db.collection('bots').doc();
  const { bot, settings, availability } = newBotDocuments(input);
  // With BOT_REVIEW=required a new bot waits for a platform administrator before it answers anyone.
  writes.create(botRef, botReviewParam.value() === 'required' ? { ...bot, review: 'pending' } : bot);
  writes.create(db.doc(paths.botSettings(botRef.id)), settings);
  writes.create(db.doc(paths.availability(botRef.id)), availability);
  return botRef.id;
}
