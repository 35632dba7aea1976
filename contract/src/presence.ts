/** How often an open widget renews its presence (`presence/visitor.lastSeenAt`). */
export const PRESENCE_HEARTBEAT_MS = 30_000;
/** A visitor counts as online this long after their widget's last heartbeat: two missed beats and a margin. */
export const PRESENCE_ONLINE_MS = 75_000;
