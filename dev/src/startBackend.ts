import { type RunningEmulators, startEmulators } from './emulators/startEmulators.ts';
import { writeFunctionsEnv } from './emulators/writeFunctionsEnv.ts';
import {
  FAKE_EMBEDDING_DIMENSIONS,
  type FakeModelServer,
  OFFLINE_DEMO_MODEL,
  startFakeModelServer,
} from './fakeModel/startFakeModelServer.ts';
import { localConfig, urls } from './localConfig.ts';
import { type MailCatcher, startMailCatcher } from './mailCatcher/startMailCatcher.ts';
import { DEMO_PLATFORM_ADMIN_EMAIL } from './seed/seedDemo.ts';

export interface RealModel {
  apiKey: string;
  baseURL: string;
  model?: string;
}

/** Knowledge params for the fake model server's embedding; KNOWLEDGE_MAX_DISTANCE set by `npm run eval:knowledge`. */
export const OFFLINE_EMBEDDING_PARAMS = {
  EMBEDDING_MODEL: 'frontdesk-offline-embedding',
  EMBEDDING_DIMENSIONS: FAKE_EMBEDDING_DIMENSIONS,
  KNOWLEDGE_MAX_DISTANCE: 0.8,
};

export interface Backend {
  emulators: RunningEmulators;
  /** The offline demo model, when no real model was given. */
  fakeModel: FakeModelServer | null;
  mailCatcher: MailCatcher;
  stop(): Promise<void>;
}

/**
 * The emulators plus a model (the real one when given, else the fake OpenAI-compatible server) and a local
 * SMTP server that catches every mail the functions send.
 */
export async function startBackend(
  options: {
    realModel?: RealModel;
    params?: Record<string, string | number>;
    /** Emulators to start (all when left out). */
    only?: string[];
    onLine?: (line: string) => void;
  } = {},
): Promise<Backend> {
  const { host, ports } = localConfig;
  const fakeModel = options.realModel ? null : await startFakeModelServer({ port: ports.fakeModel });
  const mailCatcher = await startMailCatcher({ host, smtpPort: ports.smtp, webPort: ports.mailViewer });
  const model = options.realModel ?? {
    baseURL: (fakeModel as FakeModelServer).baseURL,
    apiKey: 'offline-demo',
    model: OFFLINE_DEMO_MODEL,
  };
  writeFunctionsEnv({
    ...model,
    params: {
      PUBLIC_BASE_URL: urls.hosting,
      MAIL_FROM: 'Frontdesk <bookings@frontdesk.test>',
      SIGNUP_MODE: 'open',
      PLATFORM_ADMIN_EMAILS: DEMO_PLATFORM_ADMIN_EMAIL,
      // The Functions emulator forwards X-Forwarded-For as the client sent it and appends nothing: no hop to trust.
      TRUSTED_PROXY_HOPS: 0,
      // The offline embedding (fakeEmbedding) is shorter than a real one and spreads distances wider.
      ...(options.realModel ? {} : OFFLINE_EMBEDDING_PARAMS),
      ...options.params,
    },
    secrets: { SMTP_CONNECTION_URI: mailCatcher.smtpUrl, LINK_SIGNING_SECRET: 'local-link-signing-secret' },
  });
  const closeServers = async () => {
    await fakeModel?.close();
    await mailCatcher.close();
  };
  try {
    const emulators = await startEmulators({ only: options.only, onLine: options.onLine });
    return {
      emulators,
      fakeModel,
      mailCatcher,
      stop: async () => {
        await emulators.stop();
        await closeServers();
      },
    };
  } catch (error) {
    await closeServers();
    throw error;
  }
}
