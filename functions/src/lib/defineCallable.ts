import {
  type Bot,
  type CallableAccess,
  type CallableAccessOf,
  type CallableName,
  type CallableResponse,
  callables,
  type ParsedCallableRequest,
} from '@frontdesk/contract';
import { isWarmUpCall } from '@frontdesk/contract/warmUp';
import {
  type CallableOptions,
  type CallableRequest,
  HttpsError,
  onCall,
  type CallableResponse as StreamingResponse,
} from 'firebase-functions/v2/https';
import { type CallerIdentity, callerIdentity, requirePlatformAdmin } from './callerIdentity.ts';
import { errorCodeOf, log } from './log.ts';
import { parseRequest } from './parseRequest.ts';
import { requireAppCheck } from './requireAppCheck.ts';
import { requireBotPermission, requireTenantPermission, type TenantAccess } from './requirePermission.ts';
import { requireUid } from './requireUid.ts';

/** What the caller was granted, by the kind of access the registry names. */
type Granted<Access extends CallableAccess> = Access extends { kind: 'visitor' }
  ? { uid: string }
  : Access extends { kind: 'member'; scope: 'bot' }
    ? { uid: string; member: TenantAccess & { bot: Bot } }
    : Access extends { kind: 'member' }
      ? { uid: string; member: TenantAccess }
      : { uid: string; caller: CallerIdentity };

/**
 * A call that passed the registry's checks: who calls, the parsed input, the raw request (headers, ip), and the
 * response's stream, for a caller that accepts one (`request.acceptsStreaming`).
 */
export type Call<Name extends CallableName> = Granted<CallableAccessOf<Name>> & {
  input: ParsedCallableRequest<Name>;
  request: CallableRequest<unknown>;
  response: StreamingResponse<unknown> | undefined;
};

/**
 * A callable from its registry entry (contract/src/callables.ts): the caller is identified, the request
 * parsed and the permission checked, in that order, each with its typed refusal, before `handler` runs.
 * Visitor callables first pass App Check as the APP_CHECK param says (`requireAppCheck`).
 */
export function defineCallable<Name extends CallableName>(
  name: Name,
  options: CallableOptions,
  handler: (call: Call<Name>) => Promise<CallableResponse<Name>>,
) {
  const entry = callables[name];
  const callable = onCall(options, async (request, response) => {
    // Reached once the connection, the preflight and the instance are up, which is all a warm-up is for.
    if (isWarmUpCall(request.data)) return { warm: true } as unknown as CallableResponse<Name>;
    try {
      const granted = await admit(name, entry.access, request, entry.request);
      return await handler({ ...granted, request, response } as Call<Name>);
    } catch (error) {
      logCallError(name, request, error);
      throw error;
    }
  });
  return Object.assign(cachePreflight(callable), { callableName: name });
}

/** How long a browser may reuse a callable's CORS preflight: Chromium's ceiling (two hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 7_200;

/**
 * Every call from a page (a site's widget, the console) is cross-origin with an Authorization header, so the
 * browser asks first with a preflight. Without `Access-Control-Max-Age` it forgets the answer after 5 s, so a
 * visitor's every later question paid one more round trip before the call itself; `onCall`'s CORS handling sets
 * no max age, so the header is added here. Deployment metadata (`__endpoint`, …) is kept on the wrapper.
 */
function cachePreflight<Handler extends (request: never, response: never) => unknown>(callable: Handler): Handler {
  const wrapper = ((request: { method?: string }, response: { setHeader(name: string, value: string): void }) => {
    if (request.method === 'OPTIONS') response.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
    return callable(request as never, response as never);
  }) as unknown as Handler;
  const {
    length: _length,
    name: _name,
    prototype: _prototype,
    ...metadata
  } = Object.getOwnPropertyDescriptors(callable);
  return Object.defineProperties(wrapper, metadata);
}

async function admit(
  name: CallableName,
  access: CallableAccess,
  request: CallableRequest<unknown>,
  schema: (typeof callables)[CallableName]['request'],
): Promise<Record<string, unknown> & { input: Record<string, unknown> }> {
  switch (access.kind) {
    case 'visitor': {
      // Before anything else: with APP_CHECK=enforce, a call from outside the widget costs no reads.
      const appCheck = requireAppCheck(name, request);
      const uid = requireUid(request.auth);
      const input: Record<string, unknown> = parseRequest(schema, request.data);
      appCheck.logWith({ uid, botId: input.botId });
      return { uid, input };
    }
    case 'signedIn': {
      const caller = callerIdentity(request.auth);
      return { uid: caller.uid, caller, input: parseRequest(schema, request.data) };
    }
    case 'platformAdmin': {
      const caller = requirePlatformAdmin(request.auth);
      return { uid: caller.uid, caller, input: parseRequest(schema, request.data) };
    }
    case 'member': {
      const uid = requireUid(request.auth);
      const input: Record<string, unknown> = parseRequest(schema, request.data);
      const scopeField = access.scope === 'bot' ? 'botId' : 'tenantId';
      const scopeId = input[scopeField];
      if (typeof scopeId !== 'string') throw new Error(`${name}: a member's call names its ${scopeField}`);
      const member =
        access.scope === 'bot'
          ? await requireBotPermission(uid, scopeId, access.permission)
          : await requireTenantPermission(uid, scopeId, access.permission);
      return { uid, member, input };
    }
  }
}

/**
 * One structured line per call that did not succeed: a typed refusal (`callable.refused`, its reason) or an
 * unexpected error (`callable.failed`, severity ERROR, the metric of function errors), with the ids the request
 * named and the request's trace id; never the request's text.
 */
function logCallError(name: CallableName, request: CallableRequest<unknown>, error: unknown): void {
  const data = (request.data ?? {}) as Record<string, unknown>;
  const id = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  const trace = request.rawRequest?.headers?.['x-cloud-trace-context'];
  const fields = {
    callable: name,
    uid: request.auth?.uid ?? null,
    tenantId: id('tenantId'),
    botId: id('botId'),
    conversationId: id('conversationId'),
    requestId: typeof trace === 'string' ? (trace.split('/')[0] ?? null) : null,
  };
  const reason = (error as { details?: { reason?: unknown } })?.details?.reason;
  if (error instanceof HttpsError && typeof reason === 'string') log.info('callable.refused', { ...fields, reason });
  else log.error('callable.failed', { ...fields, errorCode: errorCodeOf(error) });
}
