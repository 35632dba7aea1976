let loading: Promise<typeof import('./connectFirebase.ts')> | null = null;

/**
 * The Firebase SDKs (Auth, Firestore: most of the chat's weight) as a chunk of their own. The chat starts
 * loading it when it mounts, so it downloads and compiles while the panel already shows the welcome text and
 * the message field; opening the panel never waits for it. A failed load is tried again on the next call.
 */
export function loadFirebase(): Promise<typeof import('./connectFirebase.ts')> {
  loading ??= import('./connectFirebase.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
