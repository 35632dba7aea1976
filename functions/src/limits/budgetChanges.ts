import type { TokenReservation } from '@frontdesk/contract';
import { FieldValue, type Firestore, type Transaction, WriteBatch } from 'firebase-admin/firestore';
import type { PeriodLoad } from '../domain/limits/budgetShares.ts';
import { spreadUsage } from '../domain/limits/budgetShares.ts';
import { db } from '../lib/admin.ts';

interface Change {
  reserved: number;
  used: number;
}

interface ShardChange extends Change {
  month: string;
  days: Map<string, Change>;
}

/**
 * What a step does to the budget counters — reservations made, given back or settled to what was used —
 * gathered per shard, so a shard gets one write however many of them touch it (a tool round settles the round
 * before and reserves the next in one transaction), and a transaction can ask how its own changes move a shard's
 * load before it checks that shard's room. `firestore` is the database the caller's transaction runs on.
 */
export function budgetChanges(firestore: Firestore = db) {
  const byPath = new Map<string, ShardChange>();
  const add = (reservation: TokenReservation, path: string, change: Change) => {
    const shard = byPath.get(path) ?? { month: reservation.month, reserved: 0, used: 0, days: new Map() };
    shard.reserved += change.reserved;
    shard.used += change.used;
    const day = shard.days.get(reservation.day) ?? { reserved: 0, used: 0 };
    day.reserved += change.reserved;
    day.used += change.used;
    shard.days.set(reservation.day, day);
    byPath.set(path, shard);
  };

  return {
    firestore,
    /** Books a reservation found by `findBudgetRoom`. */
    claim(reservation: TokenReservation) {
      for (const part of reservation.parts) add(reservation, part.path, { reserved: part.tokens, used: 0 });
    },
    /** Gives a reservation back unused (no reply took it). */
    release(reservation: TokenReservation) {
      for (const part of reservation.parts) add(reservation, part.path, { reserved: -part.tokens, used: 0 });
    },
    /**
     * Turns a reservation into what was used, up to its size, counted on the month and day it was made for.
     * What was used beyond it is placed by `settleReservation`.
     */
    settle(reservation: TokenReservation, usedTokens: number) {
      const used = spreadUsage(
        reservation.parts.map((part) => part.tokens),
        usedTokens,
      );
      reservation.parts.forEach((part, index) => {
        add(reservation, part.path, { reserved: -part.tokens, used: used[index] ?? 0 });
      });
    },
    /** Counts `tokens` more as used on the shard at `path`, in the reservation's month and day. */
    addUsed(reservation: TokenReservation, path: string, tokens: number) {
      if (tokens > 0) add(reservation, path, { reserved: 0, used: tokens });
    },
    /** A shard's load for the month and for `day` once these changes are written. */
    loadAfter(path: string, day: string, load: { month: PeriodLoad; day: PeriodLoad }) {
      const shard = byPath.get(path);
      const today = shard?.days.get(day);
      return {
        month: { used: load.month.used + (shard?.used ?? 0), reserved: load.month.reserved + (shard?.reserved ?? 0) },
        day: { used: load.day.used + (today?.used ?? 0), reserved: load.day.reserved + (today?.reserved ?? 0) },
      };
    },
    /** One merge per shard, as increments, so concurrent writers never overwrite each other's counts. */
    write(writes: Transaction | WriteBatch) {
      for (const [path, shard] of byPath) {
        const days = Object.fromEntries(
          [...shard.days].map(([day, change]) => [
            day,
            { reservedTokens: FieldValue.increment(change.reserved), usedTokens: FieldValue.increment(change.used) },
          ]),
        );
        const counts = {
          month: shard.month,
          reservedTokens: FieldValue.increment(shard.reserved),
          usedTokens: FieldValue.increment(shard.used),
          days,
        };
        if (writes instanceof WriteBatch) writes.set(firestore.doc(path), counts, { merge: true });
        else writes.set(firestore.doc(path), counts, { merge: true });
      }
    },
  };
}

export type BudgetChanges = ReturnType<typeof budgetChanges>;

/** Gives an unused reservation back, outside any transaction (increments commute). */
export async function releaseReservation(reservation: TokenReservation): Promise<void> {
  const changes = budgetChanges();
  changes.release(reservation);
  const batch = db.batch();
  changes.write(batch);
  await batch.commit();
}
