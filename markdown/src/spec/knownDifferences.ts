/**
 * CommonMark spec examples whose expected HTML we render differently on purpose, with the reason. The spec
 * test asserts that each still differs (so this list cannot go stale) and that our rendering stays inert.
 * The sections "HTML blocks" and "Raw HTML" are not listed: none of their examples applies, and the spec
 * test checks our own rendering for each instead (the HTML shows as the text it is).
 */
export const knownDifferences: Record<number, string> = {
  ...Object.fromEntries(
    [21, 31, 201, 308, 309, 344, 475, 476, 477, 491, 494, 524, 536, 642, 643].map((number) => [
      number,
      'raw HTML in the input is text, not markup',
    ]),
  ),
  25: 'only common entity names are known (&Dcaron; and other rare names stay as written)',
  ...Object.fromEntries(
    [608, 611, 612].map((number) => [number, "GitHub's bare URLs and email addresses become links"]),
  ),
};
