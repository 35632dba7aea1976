import { fakeModelControl } from '../../dev/src/fakeModel/fakeModelControl.ts';
import { urls } from '../../dev/src/localConfig.ts';

/** Scripts the replies of the fake model server the emulated functions talk to. */
export const fakeModel = fakeModelControl(process.env.FAKE_MODEL_URL ?? urls.fakeModel);
