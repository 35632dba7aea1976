import type { CitedSource } from '@frontdesk/contract';

/** A passage as the prompt numbered it. */
export interface NumberedPassage {
  ref: number;
  title: string;
  url: string | null;
  sourceId: string;
}

/**
 * The sources a reply cites by `[n]` (also `[1, 2]` and `[1][2]`), in the order first cited, one entry per source
 * (two passages of one page are one link). Numbers the prompt did not give are ignored.
 */
export function citedRefs(text: string): number[] {
  const refs: number[] = [];
  for (const match of text.matchAll(/\[(\d{1,2}(?:\s*,\s*\d{1,2})*)\]/g)) {
    for (const part of (match[1] as string).split(',')) {
      const ref = Number(part.trim());
      if (!refs.includes(ref)) refs.push(ref);
    }
  }
  return refs;
}

export function citedSources(text: string, passages: NumberedPassage[]): CitedSource[] {
  const sources: CitedSource[] = [];
  const seen = new Set<string>();
  for (const ref of citedRefs(text)) {
    const passage = passages.find((candidate) => candidate.ref === ref);
    if (!passage) continue;
    const key = passage.url ?? passage.sourceId;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({ ref, title: passage.title, url: passage.url });
  }
  return sources;
}
