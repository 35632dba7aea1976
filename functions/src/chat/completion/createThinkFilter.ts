/** Tags reasoning models wrap their thinking in, inside the content: `<think>` (DeepSeek-R1, Qwen) and
 * `<thought>` (Gemini's thought summaries). */
const OPENING_TAGS = ['<think>', '<thought>'];
const CLOSING_TAGS = ['</think>', '</thought>'];

export interface ThinkFilter {
  /** Takes the next piece of content as it streamed. */
  push(content: string): void;
  /** Reasoning that came in a field of its own (e.g. `reasoning_content`). */
  addReasoning(reasoning: string): void;
  /** The stream ended: a tag prefix held back goes where it belongs; an unclosed block stays reasoning. */
  end(): void;
  /** What the visitor may see so far (leading whitespace left out). */
  readonly text: string;
  readonly reasoning: string;
  /** Counts the changes of `text`, so a caller can tell a change without comparing long strings. */
  readonly version: number;
}

/**
 * Splits streamed content into the visible answer and the model's reasoning. Text inside `<think>…</think>`
 * (or `<thought>…</thought>`) is reasoning, also when a tag is split across chunks: the end of a chunk that
 * could begin a tag is held back until the next chunk decides. Some chat templates put the opening tag into
 * the prompt, so the model's content starts inside the block and only a closing tag shows it: everything before
 * a first closing tag that had no opening one is reasoning too, and is taken back out of the text.
 */
export function createThinkFilter(): ThinkFilter {
  let text = '';
  let reasoning = '';
  let held = '';
  let inside = false;
  let sawTag = false;
  let version = 0;
  const addText = (more: string) => {
    // Models often open with a blank line, or leave one after the reasoning: the answer starts at its first word.
    const kept = text ? more : more.replace(/^\s+/, '');
    if (!kept) return;
    text += kept;
    version += 1;
  };

  const consume = (input: string, final: boolean) => {
    let rest = input;
    while (rest) {
      const tags = inside ? CLOSING_TAGS : [...OPENING_TAGS, ...(sawTag ? [] : CLOSING_TAGS)];
      const found = firstTag(rest, tags);
      if (found) {
        const before = rest.slice(0, found.at);
        if (inside) reasoning += before;
        else if (CLOSING_TAGS.includes(found.tag)) {
          // A closing tag with no opening one: all content so far was reasoning.
          reasoning += text + before;
          if (text) version += 1;
          text = '';
        } else addText(before);
        inside = OPENING_TAGS.includes(found.tag);
        sawTag = true;
        rest = rest.slice(found.at + found.tag.length);
        continue;
      }
      const keep = final ? 0 : partialTagLength(rest, tags);
      const settled = rest.slice(0, rest.length - keep);
      if (inside) reasoning += settled;
      else addText(settled);
      held = rest.slice(rest.length - keep);
      return;
    }
    held = '';
  };

  return {
    push: (content) => consume(held + content, false),
    addReasoning: (more) => {
      reasoning += more;
    },
    end: () => consume(held, true),
    get text() {
      return text;
    },
    get reasoning() {
      return reasoning;
    },
    get version() {
      return version;
    },
  };
}

function firstTag(input: string, tags: string[]): { at: number; tag: string } | null {
  let best: { at: number; tag: string } | null = null;
  for (const tag of tags) {
    const at = input.indexOf(tag);
    if (at >= 0 && (best === null || at < best.at)) best = { at, tag };
  }
  return best;
}

/** How many characters at the end of `input` could be the start of one of `tags`. */
function partialTagLength(input: string, tags: string[]): number {
  let longest = 0;
  for (const tag of tags) {
    for (let length = Math.min(tag.length - 1, input.length); length > longest; length -= 1) {
      if (input.endsWith(tag.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return longest;
}
