/** The one tag a site adds to show a bot's chat; the script is served by this console's Hosting site. */
export function embedSnippet(origin: string, botId: string): string {
  return `<script src="${origin}/frontdesk.js" data-bot="${botId}" defer></script>`;
}
