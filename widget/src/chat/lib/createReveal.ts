import { type Accessor, createEffect, createSignal, onCleanup } from 'solid-js';

/**
 * How much of a streaming text to show: snapshots arrive every ~500 ms in bursts, and the shown length
 * glides towards the latest text so it reads as smooth typing. Text that is complete when first seen
 * (history, a reload) shows at once, as does text in a background tab (no animation frames there); reduced-motion users get each snapshot as it comes.
 */
export function createReveal(text: Accessor<string>, streaming: Accessor<boolean>) {
  const instant = !streaming() || matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [shown, setShown] = createSignal(instant ? text().length : 0);
  let frame = 0;
  let last = 0;
  const step = (now: number) => {
    const target = text().length;
    const behind = target - shown();
    if (behind <= 0) {
      frame = 0;
      return;
    }
    const elapsed = last ? Math.min(now - last, 100) : 16;
    last = now;
    // Catch up within about 400 ms, but never slower than 40 characters per second.
    const next = Math.max(1, Math.round(Math.max((behind * elapsed) / 400, (40 * elapsed) / 1000)));
    setShown(Math.min(target, shown() + next));
    frame = requestAnimationFrame(step);
  };
  createEffect(() => {
    const target = text().length;
    if (instant || document.hidden || target < shown()) {
      setShown(target);
      return;
    }
    if (!frame && target > shown()) {
      // The first characters now, with the text that brought them; the rest glide in frame by frame.
      last = 0;
      step(performance.now());
    }
  });
  onCleanup(() => cancelAnimationFrame(frame));
  return {
    text: () => text().slice(0, shown()),
    /** True while the shown text lags behind the text received. */
    revealing: () => shown() < text().length,
  };
}
