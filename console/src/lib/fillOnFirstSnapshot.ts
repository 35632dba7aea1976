import { createEffect } from 'solid-js';

/**
 * Calls `fill` once, with the first snapshot of a live document (`null` when it does not exist). Later
 * snapshots (a save from this form or a colleague's) never overwrite what someone is typing.
 */
export function fillOnFirstSnapshot<T>(snapshot: () => T | null | undefined, fill: (value: T | null) => void): void {
  let filled = false;
  createEffect(() => {
    const value = snapshot();
    if (value === undefined || filled) return;
    filled = true;
    fill(value);
  });
}
