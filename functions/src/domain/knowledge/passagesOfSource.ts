import { createHash } from 'node:crypto';
import type { KnowledgeContent, KnowledgeSourceKind } from '@frontdesk/contract';
import { DEFAULT_SPLIT, splitIntoPassages } from './splitIntoPassages.ts';

/** A page a web source read, as readable text. */
export interface PageText {
  url: string;
  title: string;
  text: string;
}

export interface PassageDraft {
  kind: KnowledgeSourceKind;
  title: string;
  url: string | null;
  text: string;
  /** What is embedded is the title and the text: the same pair again is the same passage, embedded once. */
  hash: string;
}

/** The passages of one source: a FAQ entry is one, a document and each page are split (see splitIntoPassages). */
export function passagesOfSource(content: KnowledgeContent, pages: PageText[] = []): PassageDraft[] {
  const draft = (title: string, url: string | null, text: string): PassageDraft => ({
    kind: content.kind,
    title,
    url,
    text,
    hash: sha256(`${title}\n${url ?? ''}\n${text}`).slice(0, 32),
  });
  switch (content.kind) {
    case 'faq':
      return [draft(content.question, null, `Q: ${content.question}\nA: ${content.answer}`)];
    case 'document':
      return splitIntoPassages(content.text, DEFAULT_SPLIT).map((passage) => draft(content.title, null, passage.text));
    case 'web':
      return pages.flatMap((page) =>
        splitIntoPassages(page.text, DEFAULT_SPLIT).map((passage) => draft(page.title, page.url, passage.text)),
      );
  }
}

/** Unique by hash (a page read twice, a repeated paragraph), first kept. */
export function uniquePassages(passages: PassageDraft[]): PassageDraft[] {
  const seen = new Set<string>();
  return passages.filter((passage) => !seen.has(passage.hash) && seen.add(passage.hash));
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
