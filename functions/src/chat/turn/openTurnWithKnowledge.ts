import { retrieveKnowledge } from '../../knowledge/retrieveKnowledge.ts';
import type { AdmittedTurn } from './admitTurn.ts';
import { openTurn } from './openTurn.ts';

/**
 * Opens the turn while the bot's knowledge near the question is retrieved (an embedding call and findNearest),
 * so retrieval adds little to the first token.
 */
export async function openTurnWithKnowledge(turn: AdmittedTurn, leaseMs: number) {
  const retrieval = turn.aiAnswers ? retrieveKnowledge(turn.botId, turn.question) : Promise.resolve(null);
  const [opened, knowledge] = await Promise.all([openTurn(turn, leaseMs), retrieval]);
  return { opened, knowledge };
}
