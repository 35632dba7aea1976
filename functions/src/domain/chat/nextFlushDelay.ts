/**
 * How long to wait before the next write of a streaming message may start.
 * The first write goes out at once (the visitor sees the first token immediately); after that, at most
 * one write per `intervalMs`, counted from the moment the previous write was acknowledged, so that
 * commit times are never closer than the interval even when a write is slow.
 */
export function nextFlushDelay(input: { now: number; lastWriteDoneAt: number | null; intervalMs: number }): number {
  if (input.lastWriteDoneAt === null) return 0;
  return Math.max(0, input.lastWriteDoneAt + input.intervalMs - input.now);
}
