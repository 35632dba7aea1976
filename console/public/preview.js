// The console's live preview: loads the real widget script with the bot id and the unsaved appearance as
// data-* overrides taken from this page's query string, then opens the chat so the panel shows too, without
// taking the focus: the owner may be typing in the console around the frame while it reloads.
// A plain external script (no inline code), so the page works under the console's Content-Security-Policy.
(() => {
  const params = new URLSearchParams(location.search);
  const botId = params.get('bot');
  if (!botId) return;
  const script = document.createElement('script');
  script.src = '/frontdesk.js';
  script.dataset.bot = botId;
  for (const [key, value] of params) {
    if (key !== 'bot' && key !== 'open' && /^[a-z-]+$/.test(key)) script.setAttribute(`data-${key}`, value);
  }
  script.addEventListener('load', () => {
    if (params.get('open') === '1') window.Frontdesk?.open?.({ focus: false });
  });
  document.body.append(script);
})();
