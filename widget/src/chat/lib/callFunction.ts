import type { CallableName, CallableRequest, CallableResponse, CallErrorDetails } from '@frontdesk/contract';
import type { Auth } from 'firebase/auth';
import type { CallFailure } from '../../shared/widgetEvents.ts';

/** An error answered by a callable function: canonical status (e.g. `INVALID_ARGUMENT`) and typed details. */
export class CallableError extends Error {
  constructor(
    readonly status: string,
    message: string,
    readonly details: CallErrorDetails | null = null,
  ) {
    super(message);
    this.name = 'CallableError';
  }
}

/** Why a call failed, as the UI explains it. */
export function failureReason(error: unknown): CallFailure {
  if (error instanceof CallableError) return error.details?.reason ?? 'unknown';
  return 'network'; // fetch itself failed
}

/**
 * Calls a Firebase callable function over the documented callable protocol with plain `fetch`, which
 * keeps the Functions SDK out of the widget bundle. Typed by the contract's registry (types only: no zod
 * reaches the bundle). The App Check token, when the build has App Check, goes in `X-Firebase-AppCheck`
 * as the Functions SDK would send it. With `readStream`, the call asks for the streamed response, which
 * `readStream` reads to the body a plain call would have had (readEventStream.ts).
 */
export async function callFunction<Name extends CallableName>(
  connection: { auth: Auth; functionsUrl: string; appCheckToken?: () => Promise<string | null> },
  name: Name,
  data: CallableRequest<Name>,
  readStream?: (response: Response) => Promise<unknown>,
): Promise<CallableResponse<Name>> {
  const [token, appCheckToken] = await Promise.all([
    connection.auth.currentUser?.getIdToken(),
    connection.appCheckToken?.(),
  ]);
  const response = await fetch(`${connection.functionsUrl}/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(readStream ? { accept: 'text/event-stream' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(appCheckToken ? { 'x-firebase-appcheck': appCheckToken } : {}),
    },
    body: JSON.stringify({ data }),
  });
  const body = (await (readStream && response.ok ? readStream(response) : response.json()).catch(() => ({}))) as {
    result?: CallableResponse<Name>;
    error?: { status?: string; message?: string; details?: CallErrorDetails };
  };
  if (body.error || !response.ok) {
    throw new CallableError(
      body.error?.status ?? 'UNKNOWN',
      body.error?.message ?? `HTTP ${response.status}`,
      body.error?.details ?? null,
    );
  }
  return body.result as CallableResponse<Name>;
}
