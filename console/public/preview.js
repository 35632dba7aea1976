// The console's live preview: the real widget script with a bot and its unsaved appearance as data-*
// overrides, the chat opened without taking the focus (the owner may be typing around the frame).
// It shows something only inside a frame of the console: it asks its parent for the bot, and only a parent
// on this very origin can answer (the page's headers also let only this origin frame it). Nothing is read from
// the address, so a link to this page can make it say nothing: opened on its own it stays a blank canvas.
// A plain external script (no inline code), so the page works under the console's Content-Security-Policy.
(() => {
  if (window.parent === window) return;
  const onMessage = (event) => {
    if (event.source !== window.parent || event.origin !== location.origin) return;
    const message = event.data;
    if (message?.type !== 'frontdesk:preview-show' || typeof message.botId !== 'string') return;
    // One bot per load: the console reloads the frame for new values.
    window.removeEventListener('message', onMessage);
    const script = document.createElement('script');
    script.src = '/frontdesk.js';
    script.dataset.bot = message.botId;
    for (const [key, value] of Object.entries(message.overrides ?? {})) {
      if (key !== 'bot' && /^[a-z-]+$/.test(key) && typeof value === 'string')
        script.setAttribute(`data-${key}`, value);
    }
    script.addEventListener('load', () => {
      if (message.open === true) window.Frontdesk?.open?.({ focus: false });
    });
    document.body.append(script);
  };
  window.addEventListener('message', onMessage);
  window.parent.postMessage({ type: 'frontdesk:preview-ready' }, location.origin);
})();
