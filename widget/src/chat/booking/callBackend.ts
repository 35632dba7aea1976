import type { CallableName, CallableRequest, CallableResponse } from '@frontdesk/contract';

/** Calls a callable function, typed by the contract's registry, as the signed-in visitor (the chat's connection). */
export type CallBackend = <Name extends CallableName>(
  name: Name,
  data: CallableRequest<Name>,
) => Promise<CallableResponse<Name>>;
