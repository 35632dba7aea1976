import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/** Removes an unanswered question from the list without answering it (off-topic, spam). */
export const dismissUnanswered = defineCallable('dismissUnanswered', { maxInstances: 10 }, async ({ input }) => {
  const ref = refs.unansweredQuestion(input.botId, input.unansweredId);
  if (!(await ref.get()).exists) throw refuse('not-found', 'source_not_found', 'No such unanswered question.');
  await ref.delete();
  return { unansweredId: input.unansweredId };
});
