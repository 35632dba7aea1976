import type { CallableName } from '@frontdesk/contract';
import { logger } from 'firebase-functions';
import type { CallableRequest } from 'firebase-functions/v2/https';
import { appCheckParam } from '../config.ts';
import { appCheckAction, appCheckModeFrom, appCheckState } from '../domain/access/appCheckDecision.ts';
import { refuse } from './refuse.ts';

/**
 * Applies APP_CHECK to a visitor call before anything else is read: `enforce` refuses a call without a valid
 * token; `monitor` returns a report to log once the call's ids are known; `off` looks at nothing.
 * firebase-functions verifies the `X-Firebase-AppCheck` header itself (with the Admin SDK) and leaves the
 * result on `request.app`; its own `enforceAppCheck` option is not used, as it refuses without a typed reason
 * and cannot follow a param at run time.
 */
export function requireAppCheck(
  name: CallableName,
  request: Pick<CallableRequest<unknown>, 'app' | 'rawRequest'>,
): { logWith(ids: { uid: string; botId: unknown }): void } {
  const mode = appCheckModeFrom(appCheckParam.value());
  if (mode === 'off') return { logWith: () => {} };
  const header = request.rawRequest.headers?.['x-firebase-appcheck'];
  const state = appCheckState({
    header: Array.isArray(header) ? header[0] : header,
    appId: request.app?.appId,
  });
  const action = appCheckAction(mode, state);
  if (action === 'refuse') {
    throw refuse('unauthenticated', 'app_check_failed', 'This site could not be verified. Please reload the page.');
  }
  return {
    logWith: (ids) => {
      if (action !== 'serve_and_log') return;
      // Ids only: which callable, bot and (pseudonymous) visitor, and what was wrong with the token.
      logger.warn('App Check: visitor call without a valid token (APP_CHECK=monitor)', {
        callable: name,
        appCheck: state,
        botId: typeof ids.botId === 'string' ? ids.botId : null,
        uid: ids.uid,
      });
    },
  };
}
