import { urls } from '../../dev/src/localConfig.ts';
import { emulatorAppCheckToken } from './appCheckToken.ts';

export interface CallableAnswer<T> {
  httpStatus: number;
  result?: T;
  error?: { status: string; message: string; details?: unknown };
}

/**
 * Calls a callable function over HTTP exactly as a browser would, the widget's App Check token included (the
 * emulated tests run with APP_CHECK=enforce); `headers` may replace it.
 */
export async function callFunction<T>(
  name: string,
  data: unknown,
  idToken?: string,
  headers: Record<string, string> = {},
): Promise<CallableAnswer<T>> {
  const response = await fetch(`${urls.functions}/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-firebase-appcheck': emulatorAppCheckToken(),
      ...(idToken ? { authorization: `Bearer ${idToken}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as Omit<CallableAnswer<T>, 'httpStatus'>;
  return { httpStatus: response.status, ...body };
}
