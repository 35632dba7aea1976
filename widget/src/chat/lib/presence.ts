import { PRESENCE_HEARTBEAT_MS } from '@frontdesk/contract/presence';
import type { FirebaseConnection } from './connectFirebase.ts';

/**
 * Loaded once a conversation exists: tells the team the visitor is here, and the visitor that a team member
 * types. The heartbeat stamps `presence/visitor.lastSeenAt` with the server's time at most every 30 s while the
 * panel is open and the page visible, through Firestore's REST API (one small request, and no write code from
 * the Firestore SDK in the widget). Returns a stop function.
 */
export function startPresence(input: {
  connection: FirebaseConnection;
  /** The visitor's and the team's presence documents (presencePath), named by the chat. */
  paths: { visitor: string; team: string };
  isOpen: () => boolean;
  onTeamTyping: (typing: boolean) => void;
}): () => void {
  const { connection } = input;
  const path = input.paths.visitor;
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
  // Listened to with the Firestore functions of the Firebase chunk (connection.firestore), so this chunk carries
  // no Firestore code of its own; a refusal only leaves the notice off.
  const { doc, onSnapshot } = connection.firestore;
  const stopTyping = onSnapshot(
    doc(connection.db, input.paths.team),
    (snapshot) => {
      clearTimeout(clear);
      const left = (snapshot.get('typingUntil')?.toMillis() ?? 0) - Date.now();
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
