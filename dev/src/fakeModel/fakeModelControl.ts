import type { ModelScript } from './ModelScript.ts';
import type { RecordedRequest } from './startFakeModelServer.ts';

/** Scripts a running fake model server over HTTP, from tests in another process. */
export function fakeModelControl(url: string) {
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${url}/__control/${path}`, init);
    if (!response.ok) throw new Error(`fake model control ${path}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  return {
    script: (script: ModelScript) =>
      call('scripts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(script),
      }),
    /** Lets the held streams of the script with this `match` go on (see `ModelScript.holdAfterChunks`). */
    release: (match: string) =>
      call('release', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ match }),
      }),
    reset: () => call('reset', { method: 'POST' }),
    requests: () => call('requests') as Promise<RecordedRequest[]>,
    /** How many `/v1/embeddings` requests and inputs the server answered since its last reset. */
    embeddings: () => call('embeddings') as Promise<{ requests: number; inputs: number }>,
  };
}
