import { randomUUID } from 'node:crypto';
import { type BotSettings, defaultBotSettings, paths, type Tenant } from '@frontdesk/contract';
import { adminDb } from '../../dev/src/adminDb.ts';
import { fakeModelControl } from '../../dev/src/fakeModel/fakeModelControl.ts';
import { localConfig, urls } from '../../dev/src/localConfig.ts';
import { demoBot } from '../../dev/src/seed/seedDemo.ts';

/** Helpers for tests that run against the emulators started by dev/src/withEmulators.ts. */
export const db = adminDb();

export const fakeModel = fakeModelControl(process.env.FAKE_MODEL_URL ?? urls.fakeModel);

/** A unique id, so tests never see each other's documents. */
export const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Creates a bot of its own for one test, with its tenant and settings. */
export async function seedBot(
  options: { active?: boolean; settings?: Partial<BotSettings>; tenant?: Partial<Tenant> } = {},
): Promise<string> {
  const botId = uniqueId('bot');
  const tenantId = uniqueId('tenant');
  await Promise.all([
    db.doc(paths.tenant(tenantId)).set({ name: 'Test tenant', members: {}, ...options.tenant }),
    db.doc(paths.bot(botId)).set({ ...demoBot, tenantId, active: options.active ?? true, appointmentsEnabled: false }),
    db.doc(paths.botSettings(botId)).set({ ...defaultBotSettings, ...options.settings }),
  ]);
  return botId;
}

/** The monthly token budget of a bot's tenant as counted so far, summed over its counter shards. */
export async function budgetTotals(botId: string): Promise<{ used: number; reserved: number }> {
  const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
  const shards = await db.collection(paths.budgetMonths(tenantId)).get();
  return shards.docs.reduce(
    (sum, doc) => ({
      used: sum.used + (doc.get('usedTokens') ?? 0),
      reserved: sum.reserved + (doc.get('reservedTokens') ?? 0),
    }),
    { used: 0, reserved: 0 },
  );
}

/** Signs up an anonymous user on the Auth emulator, as the widget does, and returns its uid and ID token. */
export async function signInAnonymously(): Promise<{ uid: string; idToken: string }> {
  const response = await fetch(
    `http://${localConfig.host}:${localConfig.ports.auth}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { localId: string; idToken: string };
  return { uid: body.localId, idToken: body.idToken };
}

export interface CallableAnswer<T> {
  httpStatus: number;
  result?: T;
  error?: { status: string; message: string; details?: unknown };
}

/** Calls a callable function over HTTP exactly as a browser would. */
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
      ...(idToken ? { authorization: `Bearer ${idToken}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as Omit<CallableAnswer<T>, 'httpStatus'>;
  return { httpStatus: response.status, ...body };
}

/**
 * Rate limits count in fixed one-minute windows of the server's clock (this machine's). A test that must
 * stay inside one window waits here when the current minute is about to end.
 */
export async function awaitFreshMinuteWindow(neededMs = 20_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

export interface CaughtMailSummary {
  to: string[];
  subject: string;
  text: string;
  attachments: Array<{ filename: string; mimeType: string; content: string }>;
}

/** The mails the local SMTP catcher received, parsed as a mail client would. */
export async function caughtMails(): Promise<CaughtMailSummary[]> {
  const { default: PostalMime } = await import('postal-mime');
  const response = await fetch(`${process.env.MAIL_CATCHER_URL ?? urls.mailViewer}/messages`);
  const raw = (await response.json()) as Array<{ to: string[]; raw: string }>;
  return Promise.all(
    raw.map(async (mail) => {
      const parsed = await PostalMime.parse(mail.raw, { attachmentEncoding: 'utf8' });
      return {
        to: mail.to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        attachments: parsed.attachments.map((attachment) => ({
          filename: attachment.filename ?? '',
          mimeType: attachment.mimeType,
          content: String(attachment.content),
        })),
      };
    }),
  );
}

/** Polls until `check` returns a value (not undefined), for work the emulators finish asynchronously. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Runs a callable's real handler in this process as the signed-in user `uid`. The Functions emulator starts
 * one process per concurrent request, which cannot host dozens at once on a small machine; a deployed
 * function serves many requests per instance. Contention then happens where it matters: in Firestore.
 */
export async function runCallableInProcess<T>(
  callable: { run(request: never): unknown },
  data: unknown,
  uid: string,
  token: Record<string, unknown> = {},
): Promise<CallableAnswer<T>> {
  const request = {
    data,
    auth: { uid, token },
    rawRequest: { headers: {}, ip: '127.0.0.1' },
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
