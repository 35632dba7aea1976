/**
 * Keeps a scrolling list pinned to its end while content grows (new messages, a reply being revealed),
 * unless the visitor has scrolled up to read something earlier.
 */
export function followScroll(list: HTMLElement): void {
  let pinned = true;
  list.addEventListener('scroll', () => {
    pinned = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  });
  new MutationObserver(() => {
    if (pinned) list.scrollTop = list.scrollHeight;
  }).observe(list, { childList: true, subtree: true, characterData: true });
}
