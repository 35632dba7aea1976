/** What `npm start` answers when no OPENAI_API_KEY is set: clearly not a real model. */
export function offlineDemoReply(lastUserMessage: string): string {
  const quoted = lastUserMessage.length > 200 ? `${lastUserMessage.slice(0, 200)}…` : lastUserMessage;
  return [
    '**Offline demo model.** No AI provider is configured, so this reply is canned text streamed word by word.',
    '',
    `You wrote: “${quoted}”`,
    '',
    'Start Frontdesk with `OPENAI_API_KEY` set (and optionally `OPENAI_BASE_URL`) to talk to a real model.',
  ].join('\n');
}
