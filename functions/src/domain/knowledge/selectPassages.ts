import type { NumberedPassage } from './citedSources.ts';

/** A passage findNearest returned, nearest first. */
export interface NearPassage {
  sourceId: string;
  title: string;
  url: string | null;
  text: string;
  /** Cosine distance to the question: 0 same direction, 1 unrelated, 2 opposite. */
  distance: number;
}

/**
 * How much knowledge a prompt holds: the nearest `maxPassages` passages within `maxDistance`, at most
 * `maxChars` characters together (about 4 characters a token: the default stays near 1,500 tokens, beside the
 * history's 3,000). A passage that does not fit whole is left out, so no fact is cut in half.
 */
export interface KnowledgeBudget {
  maxPassages: number;
  maxChars: number;
  maxDistance: number;
}

export const DEFAULT_KNOWLEDGE_BUDGET: Omit<KnowledgeBudget, 'maxDistance'> = { maxPassages: 6, maxChars: 6000 };

export type PromptPassage = NearPassage & NumberedPassage;

export interface Selection {
  passages: PromptPassage[];
  bestDistance: number | null;
  /** The bot has knowledge but none of it is near the question. */
  unanswered: boolean;
}

export function selectPassages(nearest: NearPassage[], budget: KnowledgeBudget): Selection {
  const passages: PromptPassage[] = [];
  let chars = 0;
  for (const passage of nearest) {
    if (passages.length >= budget.maxPassages) break;
    if (passage.distance > budget.maxDistance) break;
    if (chars + passage.text.length > budget.maxChars) continue;
    chars += passage.text.length;
    passages.push({ ...passage, ref: passages.length + 1 });
  }
  const bestDistance = nearest[0]?.distance ?? null;
  return { passages, bestDistance, unanswered: nearest.length > 0 && passages.length === 0 };
}
