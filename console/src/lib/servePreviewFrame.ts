import { PREVIEW_READY, type PreviewMessage } from './previewMessage.ts';

/**
 * Answers the preview frame's request for what to show with `message()` as it is at that moment, every time
 * the frame (re)loads. Only this page's own frame, on this site's origin, is answered; the values are posted
 * to this origin only. Returns the function that stops answering.
 */
export function servePreviewFrame(
  frame: () => HTMLIFrameElement | undefined,
  message: () => PreviewMessage,
): () => void {
  const answer = (event: MessageEvent) => {
    const target = frame()?.contentWindow;
    if (!target || event.source !== target || event.origin !== location.origin) return;
    if ((event.data as { type?: unknown } | null)?.type !== PREVIEW_READY) return;
    target.postMessage(message(), location.origin);
  };
  window.addEventListener('message', answer);
  return () => window.removeEventListener('message', answer);
}
