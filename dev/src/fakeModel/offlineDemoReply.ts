/**
 * What `npm start` answers when no OPENAI_API_KEY is set: clearly not a real model. When the prompt holds the
 * bot's knowledge, it quotes the nearest passage and cites it, so the demo shows grounded answers and sources.
 */
export function offlineDemoReply(lastUserMessage: string, systemPrompt = ''): string {
  const quoted = lastUserMessage.length > 200 ? `${lastUserMessage.slice(0, 200)}…` : lastUserMessage;
  const passage = systemPrompt.match(/\n\[1\] [^\n]*\n([\s\S]*?)(?=\n\n\[2\] |$)/)?.[1];
  if (passage) {
    const body = passage.replace(/^[^\n]*›[^\n]*\n/, '').trim();
    const excerpt = body.length > 400 ? `${body.slice(0, 400)}…` : body;
    return [
      '**Offline demo model.** The nearest passage of this business’s knowledge says:',
      '',
      ...excerpt.split('\n').map((line) => `> ${line}`),
      '',
      'That is where this answer comes from [1].',
    ].join('\n');
  }
  return [
    '**Offline demo model.** No AI provider is configured, so this reply is canned text streamed word by word.',
    '',
    `You wrote: “${quoted}”`,
    '',
    'Start Frontdesk with `OPENAI_API_KEY` set (and optionally `OPENAI_BASE_URL`) to talk to a real model.',
  ].join('\n');
}
