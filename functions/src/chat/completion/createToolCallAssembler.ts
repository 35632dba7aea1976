import { isRecord } from './readDelta.ts';

/** One tool call as the model asked for it, assembled from the stream. */
export interface AssembledToolCall {
  id: string;
  name: string;
  /** JSON text as the model sent it (at most `maxArgumentChars` + 1 characters: longer is cut and refused). */
  arguments: string;
  /** Fields a provider puts on a call beyond id, type and function (Gemini's `extra_content` with its thought
   * signature): sent back with the call on the next request, as the provider expects. */
  extra: Record<string, unknown>;
}

export interface ToolCallLimits {
  /** Calls one answer may make; more are dropped. */
  maxCalls: number;
  /** Characters of one call's arguments; beyond that the call is kept cut short, so running it fails. */
  maxArgumentChars: number;
}

const KNOWN_FIELDS = new Set(['index', 'id', 'type', 'function']);
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Assembles the `delta.tool_calls` parts of a stream into whole calls, whatever the framing:
 * - OpenAI, vLLM, llama.cpp: keyed by `index`; the first part has id and name, later ones add to the arguments.
 * - Ollama before 0.4.7 and Google's Gemini endpoint send no `index` (ollama/ollama#7881,
 *   openai/openai-python#2806): a part with a new id, or a name while the last call already has one, starts a
 *   call; a part with neither continues the last call (Gemini may split arguments, or send its thought signature
 *   as a part of its own).
 * - Ollama may give every call `index` 0 (ollama/ollama#15457): a different id at a taken index starts a call.
 * - Arguments may come as a JSON object instead of a string; they are turned into JSON text.
 */
export function createToolCallAssembler(limits: ToolCallLimits) {
  const calls: AssembledToolCall[] = [];
  const byIndex = new Map<number, AssembledToolCall>();
  let dropped = 0;

  const open = (): AssembledToolCall | null => {
    if (calls.length >= limits.maxCalls) {
      dropped += 1;
      return null;
    }
    const call: AssembledToolCall = { id: '', name: '', arguments: '', extra: {} };
    calls.push(call);
    return call;
  };

  const target = (index: number | undefined, id: string, name: string): AssembledToolCall | null => {
    if (index !== undefined) {
      const taken = byIndex.get(index);
      if (taken && !(id && taken.id && taken.id !== id)) return taken;
      const call = open();
      if (call) byIndex.set(index, call);
      return call;
    }
    const last = calls.at(-1);
    if (id) return calls.find((call) => call.id === id) ?? open();
    if (name && last?.name) return open();
    return last ?? open();
  };

  return {
    add(part: unknown): void {
      if (!isRecord(part)) return;
      const index = typeof part.index === 'number' && Number.isInteger(part.index) ? part.index : undefined;
      const id = typeof part.id === 'string' ? part.id : '';
      const fn = isRecord(part.function) ? part.function : {};
      const name = typeof fn.name === 'string' ? fn.name : '';
      const call = target(index, id, name);
      if (!call) return;
      if (id && !call.id) call.id = id;
      // Names come whole once; some servers repeat them on every part, a few split them.
      if (name && call.name !== name) call.name += name;
      const piece = argumentsText(fn.arguments);
      if (piece && call.arguments.length <= limits.maxArgumentChars) {
        call.arguments += piece;
        if (call.arguments.length > limits.maxArgumentChars) {
          call.arguments = call.arguments.slice(0, limits.maxArgumentChars + 1);
        }
      }
      for (const [key, value] of Object.entries(part)) {
        if (!KNOWN_FIELDS.has(key) && !UNSAFE_KEYS.has(key)) call.extra[key] = merged(call.extra[key], value);
      }
    },
    /** The calls so far; one without an id gets one, so its result can refer to it. */
    calls(): AssembledToolCall[] {
      return calls.map((call, position) => ({ ...call, id: call.id || `call_${position + 1}` }));
    },
    /** Calls beyond `maxCalls`, dropped. */
    get dropped() {
      return dropped;
    },
  };
}

function argumentsText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value)) return JSON.stringify(value);
  return '';
}

/**
 * Objects merge key by key (a signature may come in a part of its own), without keys that could reach a
 * prototype; anything else: the newest wins.
 */
function merged(previous: unknown, next: unknown): unknown {
  if (!isRecord(next)) return next;
  const base = isRecord(previous) ? previous : {};
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(next)) {
    if (!UNSAFE_KEYS.has(key)) result[key] = merged(base[key], value);
  }
  return result;
}
