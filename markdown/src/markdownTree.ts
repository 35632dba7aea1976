/**
 * The syntax tree every output is built from. Links carry an href only when it is safe to follow
 * (`safeHref`); an unsafe one is `null` and renders as its text. Images are never loaded: they keep their
 * address and alt text, and render as a link to the picture.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string | null; children: Inline[] }
  | { type: 'image'; href: string | null; alt: string }
  /** A hard break (two spaces or a backslash before the line end). */
  | { type: 'break' }
  /** A line end inside a paragraph: chat shows it as a break, as people who type one mean it. */
  | { type: 'softbreak' };

export type Align = 'left' | 'center' | 'right' | null;

export interface ListItem {
  /** A task list item's box: true ticked, false open, null when the item is no task. */
  checked: boolean | null;
  children: Block[];
}

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; tight: boolean; items: ListItem[] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'rule' }
  | { type: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] };
