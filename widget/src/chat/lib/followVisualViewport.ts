/**
 * On phones the panel fills the screen; when the on-screen keyboard opens, the visual viewport shrinks
 * (and may scroll) while `100dvh` does not always follow. Its height and offset go into custom properties
 * so the composer stays just above the keyboard.
 */
export function followVisualViewport(host: HTMLElement): void {
  const viewport = window.visualViewport;
  if (!viewport) return;
  const update = () => {
    host.style.setProperty('--fd-viewport-height', `${viewport.height}px`);
    host.style.setProperty('--fd-viewport-top', `${viewport.offsetTop}px`);
  };
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  update();
}
