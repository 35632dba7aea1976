/**
 * The `visitorUid` of a conversation started through the HTTP API: `api:<externalUserId>`, or `api` without one.
 * No Firebase Auth user has such a uid (anonymous uids have no colon, and only our server mints custom tokens),
 * so no widget visitor can read or continue an API conversation, and the API continues only API conversations
 * of the same external user.
 */
export function apiVisitorUid(externalUserId: string | undefined): string {
  return externalUserId ? `api:${externalUserId}` : 'api';
}
