/**
 * The loader's CSS: the host element and the launcher. Adopted as a constructable stylesheet, so it works
 * under a strict CSP. `!important` inside the shadow tree beats the host page's `!important` on the host
 * element (shadow-context important declarations win), so an aggressive page stylesheet cannot hide or
 * move the widget.
 */
export const launcherCss = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  z-index: 2147483000 !important;
  visibility: visible !important;
  opacity: 1 !important;
  width: 56px !important; height: 56px !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; transform: none !important;
  bottom: max(20px, env(safe-area-inset-bottom)) !important;
  right: max(20px, env(safe-area-inset-right)) !important;
  left: auto !important; top: auto !important;
  --fd-accent: #4f46e5;
  --fd-accent-hover: var(--fd-accent);
  --fd-accent-text: #ffffff;
  --fd-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-family: var(--fd-font) !important;
  color: #111827 !important;
  line-height: normal !important;
}
:host([data-position="bottom-left"]) {
  left: max(20px, env(safe-area-inset-left)) !important; right: auto !important;
}
:host([data-position="bottom-center"]) {
  left: 0 !important; right: 0 !important; margin: 0 auto !important;
}
*, *::before, *::after { box-sizing: border-box; }
.launcher {
  display: flex; align-items: center; justify-content: center;
  width: 56px; height: 56px; padding: 0; margin: 0; border: 0; border-radius: 50%; cursor: pointer;
  background: var(--fd-accent); color: var(--fd-accent-text); font: 26px/1 var(--fd-font);
  box-shadow: 0 6px 20px rgba(0, 0, 0, .22); transition: transform .15s ease, background-color .15s ease;
  -webkit-tap-highlight-color: transparent;
}
.launcher:hover { background: var(--fd-accent-hover); transform: scale(1.05); }
.launcher:focus-visible { outline: 3px solid #f59e0b; outline-offset: 3px; }
.launcher img { width: 34px; height: 34px; border-radius: 50%; object-fit: cover; }
.launcher svg { width: 24px; height: 24px; fill: none; stroke: currentColor; stroke-width: 2.5; stroke-linecap: round; }
.launcher .icon-close { display: none; }
:host([data-open]) .launcher .icon-open { display: none; }
:host([data-open]) .launcher .icon-close { display: block; }
.launcher { position: relative; }
.badge {
  position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px;
  display: flex; align-items: center; justify-content: center; border-radius: 11px;
  background: #dc2626; color: #ffffff; border: 2px solid #ffffff; font: 700 12px/1 var(--fd-font);
}
.badge[hidden], :host([data-open]) .badge { display: none; }
@media (prefers-reduced-motion: reduce) { .launcher { transition: none; } .launcher:hover { transform: none; } }
@media (max-width: 639.98px) { :host([data-open]) .launcher { display: none; } }
`;
