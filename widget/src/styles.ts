/**
 * Component CSS, adopted into the shadow root as a constructable stylesheet: it works under a strict CSP
 * (no `<style>` element, no `style` attribute) and neither leaks into nor inherits from the host page.
 * Per-bot theme values arrive as CSS custom properties set through CSSOM.
 */
export const widgetCss = `
:host {
  all: initial;
  --fd-accent: #4f46e5;
  --fd-accent-text: #ffffff;
  --fd-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  position: fixed;
  inset: auto 20px 20px auto;
  z-index: 2147483000;
  font-family: var(--fd-font);
  color: #111827;
}
*, *::before, *::after { box-sizing: border-box; }
.launcher {
  width: 56px; height: 56px; border-radius: 50%; border: 0; cursor: pointer;
  background: var(--fd-accent); color: var(--fd-accent-text); font-size: 26px;
  box-shadow: 0 6px 20px rgba(0, 0, 0, .2);
}
.launcher:focus-visible, button:focus-visible, textarea:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.panel {
  position: absolute; right: 0; bottom: 72px; width: 370px; height: min(600px, calc(100vh - 120px));
  display: flex; flex-direction: column; background: #fff; border-radius: 16px; overflow: hidden;
  box-shadow: 0 12px 40px rgba(0, 0, 0, .25);
}
.header {
  display: flex; align-items: center; justify-content: space-between; padding: 14px 16px;
  background: var(--fd-accent); color: var(--fd-accent-text); font-weight: 600; font-size: 16px;
}
.header button { background: transparent; border: 0; color: inherit; font-size: 20px; cursor: pointer; }
.messages { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 8px; font-size: 15px; }
.bubble { max-width: 85%; padding: 9px 13px; border-radius: 14px; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; }
.bubble[data-role="visitor"] { align-self: flex-end; background: var(--fd-accent); color: var(--fd-accent-text); }
.bubble[data-role="assistant"], .bubble[data-role="agent"] { align-self: flex-start; background: #f3f4f6; }
.bubble[data-status="error"] { border: 1px solid #fca5a5; }
.error-note { display: block; margin-top: 6px; color: #b91c1c; font-size: 13px; }
.typing { display: inline-flex; gap: 4px; }
.typing span { width: 7px; height: 7px; border-radius: 50%; background: #9ca3af; animation: fd-blink 1.2s infinite; }
.typing span:nth-child(2) { animation-delay: .2s; }
.typing span:nth-child(3) { animation-delay: .4s; }
@keyframes fd-blink { 0%, 80%, 100% { opacity: .3; } 40% { opacity: 1; } }
.composer { display: flex; gap: 8px; padding: 12px; border-top: 1px solid #e5e7eb; }
.composer textarea {
  flex: 1; resize: none; font: inherit; font-size: 16px; padding: 9px 11px;
  border: 1px solid #d1d5db; border-radius: 10px; min-height: 42px; max-height: 120px;
}
.composer button {
  border: 0; border-radius: 10px; padding: 0 16px; background: var(--fd-accent); color: var(--fd-accent-text);
  font: inherit; font-weight: 600; cursor: pointer;
}
.composer button:disabled { opacity: .5; cursor: default; }
.notice { padding: 8px 16px; font-size: 13px; color: #b91c1c; }
@media (max-width: 640px) {
  .panel { position: fixed; inset: 0; width: 100vw; height: 100dvh; border-radius: 0; }
}
`;
