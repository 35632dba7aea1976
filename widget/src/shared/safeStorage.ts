/**
 * Web Storage that does nothing where storage is blocked (private modes, third-party storage partitioning):
 * the widget then just remembers less — a conversation lasts as long as the page, the panel starts closed.
 */
export function readStorage(area: () => Storage, key: string): string | null {
  try {
    return area().getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value`, or removes the key when it is null or empty. */
export function writeStorage(area: () => Storage, key: string, value: string | null): void {
  try {
    if (value) area().setItem(key, value);
    else area().removeItem(key);
  } catch {
    // storage blocked: nothing to remember
  }
}
