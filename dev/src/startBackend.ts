import { type RunningEmulators, startEmulators } from './emulators/startEmulators.ts';
import { writeFunctionsEnv } from './emulators/writeFunctionsEnv.ts';
import { type FakeModelServer, OFFLINE_DEMO_MODEL, startFakeModelServer } from './fakeModel/startFakeModelServer.ts';
import { localConfig } from './localConfig.ts';

export interface RealModel {
  apiKey: string;
  baseURL: string;
  model?: string;
}

export interface Backend {
  emulators: RunningEmulators;
  /** The offline demo model, when no real model was given. */
  fakeModel: FakeModelServer | null;
  stop(): Promise<void>;
}

/** The emulators plus a model: the real one when given, else the fake OpenAI-compatible server. */
export async function startBackend(
  options: { realModel?: RealModel; params?: Record<string, string | number>; onLine?: (line: string) => void } = {},
): Promise<Backend> {
  const fakeModel = options.realModel ? null : await startFakeModelServer({ port: localConfig.ports.fakeModel });
  const model = options.realModel ?? {
    baseURL: (fakeModel as FakeModelServer).baseURL,
    apiKey: 'offline-demo',
    model: OFFLINE_DEMO_MODEL,
  };
  writeFunctionsEnv({ ...model, params: options.params });
  try {
    const emulators = await startEmulators({ onLine: options.onLine });
    return {
      emulators,
      fakeModel,
      stop: async () => {
        await emulators.stop();
        await fakeModel?.close();
      },
    };
  } catch (error) {
    await fakeModel?.close();
    throw error;
  }
}
