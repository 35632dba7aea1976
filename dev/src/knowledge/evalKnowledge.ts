/**
 * `npm run eval:knowledge`: recall@3 of retrieval over the demo knowledge with the offline embedding, and how
 * unrelated questions fall against KNOWLEDGE_MAX_DISTANCE. The demo sources become passages exactly as the
 * functions make them (passagesOfSource, readPage) and are ranked by cosine distance, as findNearest ranks them.
 */
import { passagesOfSource } from '../../../functions/src/domain/knowledge/passagesOfSource.ts';
import { readPage } from '../../../functions/src/domain/knowledge/readPage.ts';
import { demoKnowledgePages } from '../demoSite/demoKnowledgePages.ts';
import { fakeEmbedding } from '../fakeModel/fakeEmbedding.ts';
import { FAKE_EMBEDDING_DIMENSIONS } from '../fakeModel/startFakeModelServer.ts';
import { demoKnowledge } from '../seed/demoKnowledge.ts';
import { OFFLINE_EMBEDDING_PARAMS } from '../startBackend.ts';
import { labelledQuestions } from './labelledQuestions.ts';

const origin = 'http://127.0.0.1:5180';
const embed = (text: string) => fakeEmbedding(text, FAKE_EMBEDDING_DIMENSIONS);
const distance = (a: number[], b: number[]) => 1 - a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);

const passages = Object.entries(demoKnowledge(origin)).flatMap(([sourceId, content]) => {
  const pages =
    content.kind === 'web'
      ? Object.entries(demoKnowledgePages).map(([path, html]) => ({
          url: `${origin}${path}`,
          ...readPage(html, `${origin}${path}`),
        }))
      : [];
  return passagesOfSource(content, pages).map((passage) => ({
    // A page of the web source is labelled by its path.
    label: passage.url ? new URL(passage.url).pathname : sourceId,
    vector: embed(`${passage.title}\n${passage.text}`),
  }));
});

const maxDistance = OFFLINE_EMBEDDING_PARAMS.KNOWLEDGE_MAX_DISTANCE;
let hits = 0;
let answerable = 0;
let unrelatedKeptOut = 0;
let unrelated = 0;
let answerableMissed = 0;
for (const { question, expected } of labelledQuestions) {
  const vector = embed(question);
  const ranked = passages
    .map((passage) => ({ label: passage.label, distance: distance(vector, passage.vector) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0]?.distance ?? 2;
  const top3 = [...new Set(ranked.slice(0, 3).map((entry) => entry.label))];
  if (expected) {
    answerable += 1;
    const hit = top3.some((label) => expected.includes(label));
    if (hit) hits += 1;
    if (best > maxDistance) answerableMissed += 1;
    console.log(`${hit ? 'hit ' : 'MISS'} ${best.toFixed(3)}  ${question}  → ${top3.join(', ')}`);
  } else {
    unrelated += 1;
    if (best > maxDistance) unrelatedKeptOut += 1;
    console.log(`${best > maxDistance ? 'none' : 'NEAR'} ${best.toFixed(3)}  ${question}  → ${top3.join(', ')}`);
  }
}
console.log(`
${passages.length} passages, ${labelledQuestions.length} labelled questions, offline embedding (${FAKE_EMBEDDING_DIMENSIONS} dimensions)
recall@3: ${(hits / answerable).toFixed(2)} (${hits}/${answerable} answerable questions have an expected source in the top 3)
KNOWLEDGE_MAX_DISTANCE ${maxDistance}: ${unrelatedKeptOut}/${unrelated} unrelated questions marked unanswered, ${answerableMissed}/${answerable} answerable ones wrongly so`);
