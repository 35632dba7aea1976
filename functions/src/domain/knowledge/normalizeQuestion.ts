/**
 * A question's wording for grouping unanswered questions: lower case, letters and digits only, single spaces,
 * so "Do you have parking?" and "do you have  parking" are one group.
 */
export function normalizeQuestion(question: string): string {
  return question
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 300);
}
