/**
 * The checks of `npm run smoke`: what a deployed Frontdesk must answer, read from outside as a site and a visitor
 * would. Each check answers a row of the pass/fail table; none throws.
 */
export interface SmokeTarget {
  /** The Hosting site, e.g. https://<project>.web.app */
  site: string;
  projectId: string;
  apiKey: string;
  /** https://firestore.googleapis.com, or the emulator's origin */
  firestoreOrigin: string;
  /** https://identitytoolkit.googleapis.com, or the Auth emulator's `http://host:port/identitytoolkit.googleapis.com` */
  authOrigin: string;
  /** https://us-central1-<project>.cloudfunctions.net, or the emulator's `http://host:port/<project>/us-central1` */
  functionsBase: string;
  botId?: string;
  /** One chat round trip with the bot (a smoke bot: it costs a reply). */
  chat: boolean;
  /** Sent as X-Firebase-AppCheck with the chat call, for installs with APP_CHECK=enforce. */
  appCheckToken?: string;
}

export interface SmokeRow {
  check: string;
  ok: boolean;
  detail: string;
}

type Check = (target: SmokeTarget) => Promise<SmokeRow[]>;

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const startedAt = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - startedAt)];
};

export const checkHealth: Check = async ({ site }) => {
  const [response, ms] = await timed(() => fetch(`${site}/health`));
  const body = (await response.json().catch(() => ({}))) as {
    status?: string;
    checks?: Record<string, { state: string }>;
  };
  const failing = Object.entries(body.checks ?? {})
    .filter(([, check]) => check.state !== 'ok')
    .map(([name]) => name);
  return [
    {
      check: 'health',
      ok: response.status === 200 && body.status === 'ok',
      detail: `HTTP ${response.status}, ${ms} ms${failing.length > 0 ? `, failing: ${failing.join(', ')}` : ''}`,
    },
  ];
};

/** The loader and every chunk it (and the chat bundle) imports, each a script any site may load. */
export const checkWidget: Check = async ({ site }) => {
  const rows: SmokeRow[] = [];
  const seen = new Set<string>();
  const queue = ['frontdesk.js'];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const response = await fetch(`${site}/${file}`);
    const text = await response.text();
    const problems = [
      response.status === 200 ? null : `HTTP ${response.status}`,
      /javascript/.test(response.headers.get('content-type') ?? '') ? null : 'content-type not JavaScript',
      response.headers.get('access-control-allow-origin') === '*' ? null : 'no Access-Control-Allow-Origin: *',
      response.headers.get('cross-origin-resource-policy') === 'cross-origin' ? null : 'no CORP cross-origin',
    ].filter(Boolean);
    rows.push({
      check: file === 'frontdesk.js' ? 'widget loader' : `chunk ${file}`,
      ok: problems.length === 0,
      detail: problems.length === 0 ? `${text.length} bytes, headers right` : problems.join('; '),
    });
    for (const match of text.matchAll(/frontdesk-[\w-]+\.js/g)) queue.push(match[0]);
  }
  if (!rows.some((row) => row.check.startsWith('chunk frontdesk-chat'))) {
    rows.push({ check: 'chat bundle', ok: false, detail: 'the loader names no frontdesk-chat-*.js' });
  }
  return rows;
};

/** The bot's public document, read as the loader reads it: Firestore REST with the web API key, no sign-in. */
export const checkPublicBot: Check = async ({ botId, firestoreOrigin, projectId, apiKey }) => {
  if (!botId) return [{ check: 'bot public document', ok: true, detail: 'skipped (no --bot)' }];
  const url = `${firestoreOrigin}/v1/projects/${projectId}/databases/(default)/documents/bots/${encodeURIComponent(botId)}?key=${apiKey}`;
  const [response, ms] = await timed(() => fetch(url));
  const body = (await response.json().catch(() => ({}))) as { fields?: Record<string, { booleanValue?: boolean }> };
  const active = body.fields?.active?.booleanValue === true && body.fields?.suspended?.booleanValue !== true;
  return [
    {
      check: 'bot public document',
      ok: response.status === 200,
      detail: `HTTP ${response.status}, ${ms} ms${response.status === 200 ? (active ? ', active' : ', not active: the widget stays hidden') : ''}`,
    },
  ];
};

/** An anonymous visitor asks the bot one question and gets a finished reply. */
export const checkChat: Check = async (target) => {
  if (!target.chat || !target.botId) return [];
  const signUp = await fetch(`${target.authOrigin}/v1/accounts:signUp?key=${target.apiKey}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ returnSecureToken: true }),
  });
  const { idToken } = (await signUp.json()) as { idToken?: string };
  if (!idToken) return [{ check: 'chat round trip', ok: false, detail: `anonymous sign-in: HTTP ${signUp.status}` }];
  const [response, ms] = await timed(() =>
    fetch(`${target.functionsBase}/sendMessage`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${idToken}`,
        origin: target.site,
        ...(target.appCheckToken ? { 'x-firebase-appcheck': target.appCheckToken } : {}),
      },
      body: JSON.stringify({ data: { botId: target.botId, text: 'Smoke test: please answer with one word.' } }),
    }),
  );
  const body = (await response.json().catch(() => ({}))) as {
    result?: { status?: string };
    error?: { details?: { reason?: string } };
  };
  const status = body.result?.status;
  return [
    {
      check: 'chat round trip',
      ok: status === 'done',
      detail: status
        ? `reply ${status}, ${ms} ms`
        : `HTTP ${response.status} ${body.error?.details?.reason ?? ''}`.trim(),
    },
  ];
};

export async function runSmoke(target: SmokeTarget): Promise<SmokeRow[]> {
  const rows: SmokeRow[] = [];
  for (const check of [checkHealth, checkWidget, checkPublicBot, checkChat]) {
    try {
      rows.push(...(await check(target)));
    } catch (error) {
      rows.push({ check: check.name.replace(/^check/, ''), ok: false, detail: (error as Error).message });
    }
  }
  return rows;
}

export function formatSmokeTable(rows: SmokeRow[]): string {
  const width = Math.max(...rows.map((row) => row.check.length), 5);
  return rows.map((row) => `${row.ok ? 'PASS' : 'FAIL'}  ${row.check.padEnd(width)}  ${row.detail}`).join('\n');
}
