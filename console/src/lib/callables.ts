import type { CallableName, CallableRequest, CallableResponse } from '@frontdesk/contract';
import { httpsCallable } from 'firebase/functions';
import { functions } from './firebase.ts';

/** Calls a callable by its name in the contract's registry; failures reject with the SDK's FunctionsError. */
export async function call<Name extends CallableName>(
  name: Name,
  data: CallableRequest<Name>,
): Promise<CallableResponse<Name>> {
  const callable = httpsCallable<CallableRequest<Name>, CallableResponse<Name>>(functions, name);
  return (await callable(data)).data;
}
