/**
 * The data of a call that only warms a callable up. The widget sends it to `sendMessage` when the chat connects,
 * so the visitor's first question finds the connection open, the CORS preflight answered (and cached, see
 * defineCallable's `cachePreflight`) and, deployed, an instance running. Answered `{ warm: true }` before any
 * check, reading and writing nothing.
 */
export const warmUpCall = { warmUp: true } as const;

export function isWarmUpCall(data: unknown): boolean {
  return typeof data === 'object' && data !== null && JSON.stringify(data) === JSON.stringify(warmUpCall);
}
