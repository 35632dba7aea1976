/**
 * Single-page apps sometimes replace the whole body when they re-render; the widget puts its host element
 * back, with its state intact, instead of vanishing.
 */
export function keepMounted(host: HTMLElement): () => void {
  const reattach = () => {
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
  };
  const observer = new MutationObserver(reattach);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
