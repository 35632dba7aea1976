import type { CallableAnswer } from './callFunction.ts';

/**
 * Runs a callable's real handler in this process as the signed-in user `uid`. The Functions emulator starts
 * one process per concurrent request, which cannot host dozens at once on a small machine; a deployed
 * function serves many requests per instance. Contention then happens where it matters: in Firestore.
 * `network` is the address the request comes from (the socket's peer), for per-network limits.
 */
export async function runCallableInProcess<T>(
  callable: { run(request: never): unknown },
  data: unknown,
  uid: string,
  token: Record<string, unknown> = {},
  network = '127.0.0.1',
): Promise<CallableAnswer<T>> {
  const request = {
    data,
    auth: { uid, token },
    // What firebase-functions puts here once the X-Firebase-AppCheck header verified (APP_CHECK in tests: enforce).
    app: { appId: 'in-process', token: {} },
    rawRequest: { headers: {}, ip: network, socket: { remoteAddress: network } },
    acceptsStreaming: false,
  };
  try {
    return { httpStatus: 200, result: (await callable.run(request as never)) as T };
  } catch (error) {
    const { code, message, details } = error as { code?: string; message: string; details?: unknown };
    return {
      httpStatus: 400,
      error: {
        status: String(code ?? 'internal')
          .toUpperCase()
          .replaceAll('-', '_'),
        message,
        details,
      },
    };
  }
}
