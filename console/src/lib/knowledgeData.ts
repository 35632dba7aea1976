import { type KnowledgeSource, paths, type UnansweredQuestion } from '@frontdesk/contract';
import { collection, query, where } from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenQuery } from './listen.ts';

/** A bot's knowledge sources with their indexing status, live. Filtered by `tenantId`, as the rules grant. */
export function listenKnowledgeSources(tenantId: () => string, botId: () => string) {
  return listenQuery<KnowledgeSource>(() =>
    query(collection(db, paths.knowledgeSources(botId())), where('tenantId', '==', tenantId())),
  );
}

/** Questions the bot's knowledge had nothing for, grouped by wording, live. */
export function listenUnanswered(tenantId: () => string, botId: () => string) {
  return listenQuery<UnansweredQuestion>(() =>
    query(collection(db, paths.unansweredQuestions(botId())), where('tenantId', '==', tenantId())),
  );
}
