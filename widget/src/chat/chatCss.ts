/**
 * The chat panel's CSS, adopted into the shadow root as a constructable stylesheet next to the loader's:
 * it works under a strict CSP and neither leaks into nor inherits from the host page. Per-bot values
 * arrive as custom properties on the host (loader/applyTheme.ts).
 */
export const chatCss = `
.panel {
  position: absolute; right: 0; bottom: 72px; width: 380px; height: min(640px, calc(100dvh - 112px));
  display: flex; flex-direction: column; overflow: hidden;
  background: #ffffff; color: #111827; border-radius: 16px; box-shadow: 0 16px 48px rgba(0, 0, 0, .28);
  font: 15px/1.45 var(--fd-font); text-align: left; letter-spacing: normal; text-transform: none;
  animation: fd-rise .18s ease-out;
}
:host([data-position="bottom-left"]) .panel { right: auto; left: 0; }
:host([data-position="bottom-center"]) .panel { right: auto; left: 50%; transform: translateX(-50%); animation: none; }
@keyframes fd-rise { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
.panel[hidden] { display: none; }
button, input, textarea, select { font: inherit; color: inherit; margin: 0; }
button { cursor: pointer; }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.header {
  display: flex; align-items: center; gap: 10px; padding: 12px 10px 12px 16px;
  padding-top: max(12px, env(safe-area-inset-top));
  background: var(--fd-accent); color: var(--fd-accent-text);
}
.avatar { width: 32px; height: 32px; border-radius: 50%; display: grid; place-items: center; font-size: 20px; flex: none;
  background: rgba(255, 255, 255, .2); overflow: hidden; }
.avatar img { width: 100%; height: 100%; object-fit: cover; }
.title { flex: 1; margin: 0; font-size: 16px; font-weight: 650; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.icon-button {
  width: 40px; height: 40px; display: grid; place-items: center; flex: none; padding: 0;
  background: transparent; border: 0; border-radius: 10px; color: inherit;
}
.icon-button:hover { background: rgba(127, 127, 127, .22); }
.icon-button svg { width: 22px; height: 22px; fill: none; stroke: currentColor; stroke-width: 2.2; stroke-linecap: round; stroke-linejoin: round; }
.messages {
  flex: 1; overflow-y: auto; overscroll-behavior: contain; padding: 16px 14px;
  display: flex; flex-direction: column; gap: 10px;
}
.row { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; max-width: 100%; }
.row[data-role="visitor"] { align-items: flex-end; }
.bubble {
  max-width: 86%; padding: 9px 13px; border-radius: 16px; overflow-wrap: anywhere;
  background: var(--fd-bot-bg, #f1f5f9); color: var(--fd-bot-text, #111827); border-bottom-left-radius: 5px;
}
.row[data-role="visitor"] .bubble {
  background: var(--fd-visitor-bg, var(--fd-accent)); color: var(--fd-visitor-text, var(--fd-accent-text));
  border-radius: 16px; border-bottom-right-radius: 5px; white-space: pre-wrap;
}
.row[data-role="agent"] .bubble { background: #ffffff; color: #111827; border: 1.5px solid var(--fd-accent); }
.sources { list-style: none; margin: 0; padding: 0 4px; font-size: 12px; color: #4b5563; max-width: 86%; }
.sources a { color: inherit; }
.author { font-size: 12px; font-weight: 650; color: #374151; padding: 0 4px; }
.team-notice { align-self: center; margin: 4px 0; padding: 6px 12px; border-radius: 999px; background: #f3f4f6; color: #374151; font-size: 12.5px; text-align: center; }
.bubble :is(p, ul, ol, pre, blockquote, .md-scroll) { margin: 0 0 .55em; }
:is(.bubble, .markdown, .bubble li, .bubble blockquote) > :last-child { margin-bottom: 0; }
.bubble ul, .bubble ol { padding-left: 1.3em; }
.bubble :is(li + li, li > ul, li > ol) { margin-top: .2em; }
.bubble :is(h1, h2, h3, h4, h5, h6) { font-size: 1em; line-height: 1.3; margin: .75em 0 .35em; }
.bubble h1 { font-size: 1.18em; } .bubble h2 { font-size: 1.09em; } .markdown > :first-child { margin-top: 0; }
.bubble hr { border: 0; border-top: 1px solid rgba(0, 0, 0, .18); margin: .75em 0; }
.bubble .task { list-style: none; }
.bubble .task input { margin: 0 .4em 0 -1.3em; vertical-align: -2px; accent-color: var(--fd-accent); }
/* Tables and code scroll sideways inside the bubble: they never widen the panel. */
.bubble .md-scroll { overflow-x: auto; }
.bubble table { border-collapse: collapse; font-size: .93em; overflow-wrap: normal; }
.bubble :is(th, td) { border: 1px solid rgba(0, 0, 0, .16); padding: 4px 8px; text-align: left; vertical-align: top; min-width: 4em; }
.bubble th { background: rgba(0, 0, 0, .05); }
.bubble [data-align="center"] { text-align: center; } .bubble [data-align="right"] { text-align: right; }
.bubble :is(pre, .md-scroll):focus-visible { outline: 2px solid var(--fd-accent); outline-offset: 2px; }
.bubble a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
.bubble code { font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(0, 0, 0, .07); padding: 1px 4px; border-radius: 4px; }
.bubble pre { background: #1f2937; color: #f9fafb; padding: 10px 12px; border-radius: 8px; overflow-x: auto; white-space: pre; overflow-wrap: normal; }
.bubble pre code { background: none; padding: 0; color: inherit; }
.bubble blockquote { border-left: 3px solid #9ca3af; padding-left: 10px; color: #374151; }
.typing { display: inline-flex; gap: 4px; padding: 5px 0; }
.typing span { width: 7px; height: 7px; border-radius: 50%; background: #6b7280; animation: fd-blink 1.2s infinite; }
.typing span:nth-child(2) { animation-delay: .2s; }
.typing span:nth-child(3) { animation-delay: .4s; }
@keyframes fd-blink { 0%, 80%, 100% { opacity: .3; } 40% { opacity: 1; } }
.problem { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; font-size: 13px; color: #b91c1c; padding: 0 4px; max-width: 86%; }
.row[data-role="visitor"] .problem { justify-content: flex-end; text-align: right; }
.bubble[data-status="error"] { background: #fef2f2; color: #111827; border: 1px solid #fca5a5; }
.bubble .problem { padding: 0; max-width: none; }
.sending { font-size: 12px; color: #4b5563; padding: 0 4px; }
.link-button { background: none; border: 0; padding: 2px 0; color: #1d4ed8; font-weight: 600; text-decoration: underline; font-size: 13px; }
.notice { margin: 0; padding: 8px 16px; font-size: 13px; color: #b91c1c; background: #fef2f2; display: flex; gap: 10px; align-items: center; }
.actions { display: flex; gap: 8px; padding: 8px 12px 0; }
.chip {
  border: 1.5px solid var(--fd-accent); background: #ffffff; color: #111827; border-radius: 999px;
  padding: 6px 14px; font-size: 14px; font-weight: 600;
}
.chip:hover { background: #f3f4f6; }
.chip { display: inline-flex; align-items: center; gap: 6px; }
.chip svg { width: 17px; height: 17px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linejoin: round; }
.composer {
  display: flex; align-items: flex-end; gap: 8px; padding: 10px 12px 12px;
  padding-bottom: max(12px, env(safe-area-inset-bottom)); border-top: 1px solid #e5e7eb; background: #ffffff;
}
.composer textarea {
  flex: 1; resize: none; font-size: 16px; line-height: 1.35; padding: 10px 12px; min-height: 44px; max-height: 140px;
  border: 1px solid #9ca3af; border-radius: 12px; background: #ffffff; color: #111827;
}
.composer textarea::placeholder { color: #6b7280; opacity: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.send {
  height: 44px; min-width: 44px; border: 0; border-radius: 12px; padding: 0 16px;
  background: var(--fd-accent); color: var(--fd-accent-text); font-weight: 650;
}
.send:hover:not(:disabled) { background: var(--fd-accent-hover); }
.send:disabled { opacity: .55; cursor: default; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
fieldset.slots { border: 0; padding: 0; margin: 0; min-width: 0; }
.slots { display: flex; flex-direction: column; gap: 6px; width: 100%; max-width: 100%; }
.slots-day { font-size: 13px; font-weight: 650; color: #374151; margin: 4px 0 0; }
.slot-list { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.slot {
  border: 1.5px solid var(--fd-accent); background: #ffffff; color: #111827; border-radius: 10px;
  padding: 6px 10px; font-size: 14px; font-weight: 600; font-variant-numeric: tabular-nums;
}
.slot:hover, .slot[aria-pressed="true"] { background: var(--fd-accent); color: var(--fd-accent-text); }
.zone-note { font-size: 12px; color: #4b5563; margin: 0; }
.card {
  width: 100%; border: 1px solid #d1d5db; border-radius: 14px; padding: 12px 14px; background: #ffffff;
  display: flex; flex-direction: column; gap: 10px; box-shadow: 0 2px 8px rgba(0, 0, 0, .06);
}
.card h3 { margin: 0; font-size: 15px; font-weight: 700; }
.card p { margin: 0; }
.card-booked { border-color: #15803d; background: #f0fdf4; }
.card-booked h3 { color: #166534; }
.field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; font-weight: 600; color: #374151; }
.field input, .field textarea, .field select {
  font-size: 16px; font-weight: 400; padding: 8px 10px; border: 1px solid #9ca3af; border-radius: 9px; background: #fff; color: #111827;
}
.field textarea { resize: vertical; min-height: 60px; }
.consent { display: flex; gap: 8px; align-items: flex-start; font-size: 13px; color: #374151; }
.field-error { color: #b91c1c; font-weight: 500; }
.card-actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
.primary { border: 0; border-radius: 10px; padding: 9px 16px; background: var(--fd-accent); color: var(--fd-accent-text); font-weight: 650; }
.primary:disabled { opacity: .55; cursor: default; }
.secondary { border: 1px solid #9ca3af; border-radius: 10px; padding: 9px 14px; background: #fff; color: #111827; font-weight: 600; }
.details { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 0; font-size: 14px; }
.details dt { color: #4b5563; }
.details dd { margin: 0; overflow-wrap: anywhere; }
.alert { color: #b91c1c; font-size: 14px; margin: 0; }
@media (prefers-reduced-motion: reduce) { .panel { animation: none; } .typing span { animation: none; opacity: .7; } }
@media (max-width: 639.98px) {
  .panel, :host([data-position="bottom-left"]) .panel, :host([data-position="bottom-center"]) .panel {
    position: fixed; inset: var(--fd-viewport-top, 0px) auto auto 0; width: 100vw; height: var(--fd-viewport-height, 100dvh);
    border-radius: 0; transform: none; box-shadow: none; animation: none;
    padding-left: env(safe-area-inset-left); padding-right: env(safe-area-inset-right);
  }
}
`;
