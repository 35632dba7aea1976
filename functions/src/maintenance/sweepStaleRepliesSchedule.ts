import { onSchedule } from 'firebase-functions/v2/scheduler';
import { db } from '../lib/admin.ts';
import { log } from '../lib/log.ts';
import { sweepStaleReplies } from './sweepStaleReplies.ts';

/** Every minute: no reply stays "typing…" after its writer is gone. */
export const sweepStaleRepliesSchedule = onSchedule({ schedule: 'every 1 minutes', maxInstances: 1 }, async () => {
  const swept = await sweepStaleReplies(db, new Date());
  if (swept > 0) log.info('replies.swept', { swept });
});
