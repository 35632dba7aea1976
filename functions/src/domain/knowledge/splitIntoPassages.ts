/**
 * How text becomes passages: split at Markdown headings (`#` … `######`) into sections, and a section longer
 * than `maxChars` into pieces at paragraph, then sentence, then word boundaries, each piece starting with the
 * last `overlapChars` of the one before, so a fact on a boundary is whole in one of them. Every passage starts
 * with its heading path ("Prices › Cleaning"), which tells the model and the embedding what it is about.
 */
export interface SplitOptions {
  maxChars: number;
  overlapChars: number;
}

export const DEFAULT_SPLIT: SplitOptions = { maxChars: 1200, overlapChars: 150 };

export interface PassageText {
  /** The heading path of the section, or '' before the first heading. */
  heading: string;
  text: string;
}

export function splitIntoPassages(text: string, options: SplitOptions = DEFAULT_SPLIT): PassageText[] {
  const passages: PassageText[] = [];
  for (const section of sectionsOf(text)) {
    const body = section.lines.join('\n').trim();
    if (!body) continue;
    const heading = section.path.join(' › ');
    const room = Math.max(200, options.maxChars - heading.length - 1);
    for (const piece of piecesOf(body, room, Math.min(options.overlapChars, Math.floor(room / 3)))) {
      passages.push({ heading, text: heading ? `${heading}\n${piece}` : piece });
    }
  }
  return passages;
}

function sectionsOf(text: string): { path: string[]; lines: string[] }[] {
  const sections: { path: string[]; lines: string[] }[] = [{ path: [], lines: [] }];
  const path: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = line.match(/^(#{1,6})\s+(.+?)\s*#*\s*$/);
    if (heading) {
      const level = (heading[1] as string).length;
      path.length = Math.min(path.length, level - 1);
      path.push((heading[2] as string).trim());
      sections.push({ path: [...path], lines: [] });
    } else {
      (sections.at(-1) as { lines: string[] }).lines.push(line);
    }
  }
  return sections;
}

/** Pieces of at most `max` characters, cut at the largest boundary that fits, overlapping by `overlap`. */
function piecesOf(body: string, max: number, overlap: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < body.length) {
    if (body.length - start <= max) {
      pieces.push(body.slice(start).trim());
      break;
    }
    const window = body.slice(start, start + max);
    const cut = lastBoundary(window, max / 2);
    pieces.push(window.slice(0, cut).trim());
    // The next piece starts `overlap` characters back, at a word start, and always moves forward.
    const back = start + cut - overlap;
    let next = back;
    while (next < start + cut && !/\s/.test(body[next - 1] as string)) next += 1;
    start = Math.max(next < start + cut ? next : back, start + 1);
    while (start < body.length && /\s/.test(body[start] as string)) start += 1;
  }
  return pieces.filter(Boolean);
}

function lastBoundary(window: string, atLeast: number): number {
  for (const pattern of [/\n\s*\n/g, /[.!?]\s/g, /\n/g, /\s/g]) {
    let best = -1;
    for (const match of window.matchAll(pattern)) {
      const end = (match.index ?? 0) + match[0].length;
      if (end >= atLeast) best = end;
    }
    if (best > 0) return best;
  }
  return window.length;
}
