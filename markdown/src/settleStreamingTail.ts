import { splitTableRow, tableDelimiterRow } from './parseBlocks.ts';

const tableRow = /^[ \t]*\|/;
const partialDelimiterRow = /^[ \t]*\|[ \t:|-]*$/;
const openFence = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** A last line that is only the start of a block marker: a fence, a bullet, a number, `#`, a rule or underline. */
const markerBeingTyped = /^[ \t]*(?:`{1,2}|~{1,2}|[-=*+_#]+|\d{1,9}[.)]?)[ \t]*$/;

/** How often `token` occurs in `text`. */
function count(text: string, token: RegExp): number {
  return text.match(token)?.length ?? 0;
}

/**
 * A reply that is still arriving, with its unfinished end made the way it will most likely end, so each
 * rendering looks like the final one and nothing jumps when the rest comes:
 * - a table whose head has arrived but not yet (all of) its delimiter row is shown as a table;
 * - a `**`, `~~` or code span opened in the last paragraph is closed;
 * - a last line that is only the start of a marker (a fence's first backticks, a bullet, a number, `#`, `---`)
 *   is left out until what follows shows what it is: a list, a heading, a rule or a setext underline.
 * An unclosed code fence needs nothing: it already runs to the end of the text.
 */
export function settleStreamingTail(text: string): string {
  // A line end that just arrived changes nothing yet: the line before it is still the last one.
  const source = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = source.split('\n');
  let insideFence: string | null = null;
  let paragraphStart = 0;
  lines.forEach((line, index) => {
    const fence = openFence.exec(line)?.[1];
    if (fence && (!insideFence || (fence[0] === insideFence[0] && fence.length >= insideFence.length))) {
      insideFence = insideFence ? null : fence;
      paragraphStart = index + 1;
    } else if (!line.trim()) paragraphStart = index + 1;
  });
  if (insideFence) return text;

  const last = lines.at(-1) as string;
  const previous = lines.at(-2);
  const beforePrevious = lines.at(-3);
  const startsParagraph = (index: number) => index === paragraphStart;
  if (markerBeingTyped.test(last)) return lines.slice(0, -1).join('\n');
  // The head row arrived, the delimiter row not yet.
  if (tableRow.test(last) && startsParagraph(lines.length - 1)) {
    return `${source}\n${delimiterRow(splitTableRow(last).length)}`;
  }
  // The delimiter row is arriving.
  if (
    previous !== undefined &&
    tableRow.test(previous) &&
    startsParagraph(lines.length - 2) &&
    partialDelimiterRow.test(last) &&
    !tableDelimiterRow.test(beforePrevious ?? '')
  ) {
    return [...lines.slice(0, -1), delimiterRow(splitTableRow(previous).length)].join('\n');
  }

  const paragraph = lines.slice(paragraphStart).join('\n');
  if (count(paragraph.replace(/\\`/g, ''), /`/g) % 2 === 1) return balance(source, '`');
  const withoutCode = paragraph.replace(/`[^`]*`/g, '');
  let settled = text;
  if (count(withoutCode, /\*\*/g) % 2 === 1) settled = balance(settled, '**');
  if (count(withoutCode, /~~/g) % 2 === 1) settled = balance(settled, '~~');
  return settled;
}

/** An opened `token` closed at the end; one that only just arrived, with nothing after it yet, left out. */
function balance(text: string, token: string): string {
  const trimmed = text.replace(/\s+$/, '');
  return trimmed.endsWith(token) ? trimmed.slice(0, -token.length).replace(/\s+$/, '') : `${trimmed}${token}`;
}

function delimiterRow(cells: number): string {
  return `|${' --- |'.repeat(Math.max(cells, 1))}`;
}
