import { paths } from '@frontdesk/contract/paths';
import { PRESENCE_HEARTBEAT_MS } from '@frontdesk/contract/presence';
import { doc, onSnapshot } from 'firebase/firestore';
import type { FirebaseConnection } from './connectFirebase.ts';

/**
 * Loaded once a conversation exists: tells the team the visitor is here, and the visitor that a team member
 * types. The heartbeat stamps `presence/visitor.lastSeenAt` with the server's time at most every 30 s while the
 * panel is open and the page visible, through Firestore's REST API (one small request, and no write code from
 * the Firestore SDK in the widget). Returns a stop function.
 */
export function startPresence(input: {
  connection: FirebaseConnection;
  botId: string;
  conversationId: string;
  isOpen: () => boolean;
  onTeamTyping: (typing: boolean) => void;
}): () => void {
  const { connection, botId, conversationId } = input;
  const path = paths.presence(botId, conversationId, 'visitor');
  const beat = async () => {
    if (!input.isOpen() || document.visibilityState !== 'visible') return;
    const token = await connection.auth.currentUser?.getIdToken();
    const database = `projects/${connection.projectId}/databases/(default)`;
    await fetch(`${connection.firestoreUrl}/v1/${database}/documents:commit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        writes: [
          {
            transform: {
              document: `${database}/documents/${path}`,
              fieldTransforms: [{ fieldPath: 'lastSeenAt', setToServerValue: 'REQUEST_TIME' }],
            },
          },
        ],
      }),
    }).catch(() => undefined);
  };
  void beat();
  const timer = setInterval(beat, PRESENCE_HEARTBEAT_MS);
  let clear: ReturnType<typeof setTimeout> | undefined;
  const stopTyping = onSnapshot(
    doc(connection.db, paths.presence(botId, conversationId, 'team')),
    (snapshot) => {
      clearTimeout(clear);
      const left = ((snapshot.get('typingUntil') as { toMillis(): number } | undefined)?.toMillis() ?? 0) - Date.now();
      input.onTeamTyping(left > 0);
      if (left > 0) clear = setTimeout(() => input.onTeamTyping(false), left);
    },
    () => input.onTeamTyping(false),
  );
  return () => {
    clearInterval(timer);
    clearTimeout(clear);
    stopTyping();
  };
}
