import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeEmbedding } from './fakeEmbedding.ts';
import { type ModelScript, splitIntoTokens } from './ModelScript.ts';
import { offlineDemoReply } from './offlineDemoReply.ts';

export const OFFLINE_DEMO_MODEL = 'frontdesk-offline-demo';
/** Embedding length when a request names none (the emulators send EMBEDDING_DIMENSIONS). */
export const FAKE_EMBEDDING_DIMENSIONS = 256;

interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: Array<{ role: string; content?: unknown }>;
}

export interface RecordedRequest {
  body: ChatRequestBody;
  match: string | null;
  /** When the request arrived (epoch ms), for latency benchmarks. */
  receivedAt: number;
  /** When the first content chunk was sent (epoch ms), for latency benchmarks. */
  firstChunkSentAt?: number;
}

export interface FakeModelServer {
  url: string;
  /** Base URL to give an OpenAI client, ending in `/v1`. */
  baseURL: string;
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible Chat Completions server over real HTTP and SSE, framed exactly as OpenAI frames it, or
 * replaying a provider's recorded stream as is (`frames`, see fixtures/), refusing request fields as that
 * provider does (`refusal`). Tests script it through `/__control/*` (see fakeModelControl.ts); unscripted
 * requests get the offline demo reply.
 * Control: POST /__control/scripts (a ModelScript), POST /__control/release ({match}: lets held streams
 * of that script go on), POST /__control/reset, GET /__control/requests, GET /__control/embeddings (how many
 * embedding requests and inputs it answered). `/v1/embeddings` answers with `fakeEmbedding`.
 */
export async function startFakeModelServer(options: { port?: number; host?: string } = {}): Promise<FakeModelServer> {
  const scripts: ModelScript[] = [];
  const requests: RecordedRequest[] = [];
  const openStreams = new Set<ServerResponse>();
  const holds = createHolds();
  const embeddings = { requests: 0, inputs: 0 };

  const server = createServer(async (req, res) => {
    try {
      const body = await readJson(req);
      if (req.method === 'POST' && req.url === '/__control/scripts') {
        scripts.push(body as ModelScript);
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === 'POST' && req.url === '/__control/release') {
        holds.release((body as { match: string }).match);
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === 'POST' && req.url === '/__control/reset') {
        holds.releaseAll();
        scripts.length = 0;
        requests.length = 0;
        embeddings.requests = 0;
        embeddings.inputs = 0;
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === 'GET' && req.url === '/__control/embeddings') return sendJson(res, 200, embeddings);
      if (req.method === 'POST' && req.url === '/v1/embeddings') {
        const request = body as { model?: string; input?: string | string[]; dimensions?: number };
        const inputs = typeof request.input === 'string' ? [request.input] : (request.input ?? []);
        embeddings.requests += 1;
        embeddings.inputs += inputs.length;
        const tokens = inputs.reduce((sum, input) => sum + Math.ceil(input.length / 4), 0);
        return sendJson(res, 200, {
          object: 'list',
          data: inputs.map((input, index) => ({
            object: 'embedding',
            index,
            embedding: fakeEmbedding(input, request.dimensions ?? FAKE_EMBEDDING_DIMENSIONS),
          })),
          model: request.model ?? 'frontdesk-offline-embedding',
          usage: { prompt_tokens: tokens, total_tokens: tokens },
        });
      }
      if (req.method === 'GET' && req.url === '/__control/requests') return sendJson(res, 200, requests);
      if (req.method === 'GET' && req.url === '/v1/models') {
        return sendJson(res, 200, {
          object: 'list',
          data: [{ id: OFFLINE_DEMO_MODEL, object: 'model', owned_by: 'frontdesk' }],
        });
      }
      if (req.method === 'POST' && req.url === '/v1/chat/completions') {
        const chat = body as ChatRequestBody;
        const lastUser = lastUserText(chat);
        const script = takeScript(scripts, lastUser);
        const record: RecordedRequest = { body: chat, match: script?.match ?? null, receivedAt: Date.now() };
        requests.push(record);
        const afterTools = chat.messages?.at(-1)?.role === 'tool';
        const reply =
          script && afterTools
            ? {
                match: script.match,
                text: script.textAfterTools ?? 'Done.',
                delayMs: script.delayMs,
                frames: script.framesAfterTools,
                values: script.values,
                refusal: script.refusal,
              }
            : (script ?? { match: '', text: offlineDemoReply(lastUser, systemText(chat)), delayMs: 40 });
        return await answer(res, chat, reply, record, openStreams, holds.until);
      }
      sendJson(res, 404, {
        error: { message: `Unknown route ${req.method} ${req.url}`, type: 'invalid_request_error' },
      });
    } catch (error) {
      if (!res.headersSent) sendJson(res, 400, { error: { message: String(error), type: 'invalid_request_error' } });
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    close: async () => {
      for (const res of openStreams) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function takeScript(scripts: ModelScript[], lastUser: string): ModelScript | undefined {
  const index = scripts.findIndex((script) => lastUser.includes(script.match));
  if (index < 0) return undefined;
  const script = scripts[index] as ModelScript;
  if (script.times !== undefined) {
    script.times -= 1;
    if (script.times <= 0) scripts.splice(index, 1);
  }
  return script;
}

function systemText(body: ChatRequestBody): string {
  const system = body.messages?.find((message) => message.role === 'system');
  return typeof system?.content === 'string' ? system.content : '';
}

function lastUserText(body: ChatRequestBody): string {
  const last = [...(body.messages ?? [])].reverse().find((message) => message.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

async function answer(
  res: ServerResponse,
  body: ChatRequestBody,
  script: ModelScript,
  record: RecordedRequest,
  openStreams: Set<ServerResponse>,
  released: (match: string) => Promise<void>,
) {
  if (script.dropConnection) {
    res.socket?.destroy();
    return;
  }
  const refused = script.refusal?.fields.filter((field) => field in body) ?? [];
  if (script.refusal && refused.length > 0) return sendJson(res, script.refusal.status, script.refusal.body);
  if (script.status && script.status >= 400 && script.errorBody !== undefined) {
    const headers: Record<string, string> = {};
    if (script.retryAfterSeconds !== undefined) headers['retry-after'] = String(script.retryAfterSeconds);
    return sendJson(res, script.status, script.errorBody, headers);
  }
  if (script.frames) return replayFrames(res, script, script.frames, record, openStreams, released);
  if (script.status && script.status >= 400) {
    const headers: Record<string, string> = {};
    if (script.retryAfterSeconds !== undefined) headers['retry-after'] = String(script.retryAfterSeconds);
    const rateLimited = script.status === 429;
    return sendJson(
      res,
      script.status,
      {
        error: {
          message: rateLimited
            ? 'Rate limit reached for requests.'
            : 'The server had an error while processing your request.',
          type: rateLimited ? 'requests' : 'server_error',
          param: null,
          code: rateLimited ? 'rate_limit_exceeded' : null,
        },
      },
      headers,
    );
  }

  const id = `chatcmpl-${randomUUID().replaceAll('-', '').slice(0, 24)}`;
  const created = Math.floor(Date.now() / 1000);
  const model = body.model ?? OFFLINE_DEMO_MODEL;
  const chunks = script.chunks ?? splitIntoTokens(script.text ?? '');
  const promptChars = (body.messages ?? []).reduce((sum, m) => sum + String(m.content ?? '').length, 0);
  const usage = script.usage ?? {
    promptTokens: Math.ceil(promptChars / 4),
    completionTokens: chunks.length + (script.toolCalls?.length ?? 0),
  };
  const usageJson = {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
  const finishReason = script.toolCalls?.length ? 'tool_calls' : 'stop';

  if (!body.stream) {
    return sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: chunks.join('') || null,
            refusal: null,
            tool_calls: toolCallsJson(script),
          },
          logprobs: null,
          finish_reason: finishReason,
        },
      ],
      usage: usageJson,
    });
  }

  const includeUsage = body.stream_options?.include_usage === true;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  openStreams.add(res);
  res.on('close', () => openStreams.delete(res));
  const send = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    res.write(
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        service_tier: 'default',
        system_fingerprint: 'fp_frontdesk',
        choices,
        ...(includeUsage ? { usage: null } : {}),
        ...extra,
      })}\n\n`,
    );
  const delta = (value: Record<string, unknown>, finish: string | null = null) => [
    { index: 0, delta: value, logprobs: null, finish_reason: finish },
  ];

  send(delta({ role: 'assistant', content: '', refusal: null }));
  await sleep(script.firstChunkDelayMs ?? 0);
  const hold = async () => {
    const done = released(script.match).then(() => true);
    while (!res.destroyed && !(await Promise.race([done, sleep(500).then(() => false)]))) send(delta({}));
  };
  for (const [index, chunk] of chunks.entries()) {
    if (index === script.holdAfterChunks) await hold();
    if (res.destroyed) return;
    if (script.stallAfterChunks !== undefined && index >= script.stallAfterChunks) return; // left open on purpose
    if (index > 0) await sleep(script.delayMs ?? 0);
    send(delta({ content: chunk }));
    record.firstChunkSentAt ??= Date.now();
  }
  if (script.stallAfterChunks !== undefined && chunks.length <= script.stallAfterChunks) return;
  if (script.holdAfterChunks !== undefined && script.holdAfterChunks >= chunks.length) await hold();
  if (res.destroyed) return;
  for (const [index, call] of (script.toolCalls ?? []).entries()) {
    send(
      delta({
        tool_calls: [
          {
            index,
            id: `call_${randomUUID().slice(0, 8)}`,
            type: 'function',
            function: { name: call.name, arguments: '' },
          },
        ],
      }),
    );
    send(delta({ tool_calls: [{ index, function: { arguments: call.arguments } }] }));
  }
  send(delta({}, finishReason));
  if (includeUsage) send([], { usage: usageJson });
  res.end('data: [DONE]\n\n');
}

/** Writes a recorded stream as it was recorded, holding it like a scripted one (see `holdAfterChunks`). */
async function replayFrames(
  res: ServerResponse,
  script: ModelScript,
  frames: string[],
  record: RecordedRequest,
  openStreams: Set<ServerResponse>,
  released: (match: string) => Promise<void>,
) {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  openStreams.add(res);
  res.on('close', () => openStreams.delete(res));
  const keepAlive = `data: ${JSON.stringify({
    id: 'chatcmpl-held',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'held',
    choices: [{ index: 0, delta: {}, finish_reason: null }],
  })}\n\n`;
  const hold = async () => {
    const done = released(script.match).then(() => true);
    while (!res.destroyed && !(await Promise.race([done, sleep(500).then(() => false)]))) res.write(keepAlive);
  };
  for (const [index, frame] of frames.entries()) {
    if (index === script.holdAfterChunks) await hold();
    if (res.destroyed) return;
    if (index > 0) await sleep(script.delayMs ?? 0);
    res.write(withValues(frame, script.values ?? {}));
    record.firstChunkSentAt ??= Date.now();
  }
  res.end();
}

function withValues(frame: string, values: Record<string, string>): string {
  return frame.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Streams held per script `match`, until a test releases them (or resets the server). */
function createHolds() {
  const gates = new Map<string, { promise: Promise<void>; open: () => void }>();
  const gate = (match: string) => {
    let entry = gates.get(match);
    if (!entry) {
      let open = () => {};
      const promise = new Promise<void>((resolve) => {
        open = resolve;
      });
      entry = { promise, open };
      gates.set(match, entry);
    }
    return entry;
  };
  return {
    until: (match: string) => gate(match).promise,
    release: (match: string) => gate(match).open(),
    releaseAll: () => {
      for (const entry of gates.values()) entry.open();
      gates.clear();
    },
  };
}

function toolCallsJson(script: ModelScript) {
  if (!script.toolCalls?.length) return undefined;
  return script.toolCalls.map((call, index) => ({
    id: `call_${index}`,
    type: 'function',
    function: { name: call.name, arguments: call.arguments },
  }));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString('utf8');
  return raw ? JSON.parse(raw) : {};
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function sleep(ms: number) {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
