/**
 * The offline embedding the fake model server answers `/v1/embeddings` with: deterministic and meaningful
 * enough that retrieval behaves like retrieval. Words (lower case, common words dropped, crudely stemmed so
 * "parking" meets "park") and their character trigrams (so "appointment" meets "appointments") are hashed into
 * `dimensions` signed buckets, and the vector is normalized: texts sharing rare words point the same way.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from have how i in is it me my of on or our the there to we what when where which who will with you your yes no not this that'.split(
    ' ',
  ),
);

export function fakeEmbedding(text: string, dimensions = 256): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const add = (feature: string, weight: number) => {
    const hash = fnv1a(feature);
    const index = hash % dimensions;
    vector[index] = (vector[index] as number) + ((hash >>> 16) & 1 ? weight : -weight);
  };
  for (const word of wordsOf(text)) {
    add(`w:${word}`, 1);
    const padded = `^${word}$`;
    for (let index = 0; index + 3 <= padded.length; index += 1) add(`c:${padded.slice(index, index + 3)}`, 0.25);
  }
  const length = Math.hypot(...vector);
  // An empty text still gets a valid unit vector (COSINE needs a direction).
  if (length === 0) return vector.map((_, index) => (index === 0 ? 1 : 0));
  return vector.map((value) => value / length);
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1') || word);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
