import type { Appearance } from '@frontdesk/contract';
import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { previewMessage } from '../lib/previewMessage.ts';
import { servePreviewFrame } from '../lib/servePreviewFrame.ts';

/**
 * The real widget in a frame, on a stand-in page of this site. The frame asks this page for the bot and its
 * unsaved appearance (posted to this origin only, never put in its address); typing is debounced so the frame
 * reloads at most every 400 ms, and a save reloads it with what sites now get.
 */
export function WidgetPreview(props: { botId: string; appearance: Partial<Appearance>; version: number }) {
  let frame: HTMLIFrameElement | undefined;
  const message = () => previewMessage(props.botId, props.appearance);
  const [load, setLoad] = createSignal(0);
  createEffect(
    on(
      () => [JSON.stringify(message()), props.version],
      () => {
        const timer = setTimeout(() => setLoad((count) => count + 1), 400);
        onCleanup(() => clearTimeout(timer));
      },
      { defer: true },
    ),
  );
  onMount(() => onCleanup(servePreviewFrame(() => frame, message)));
  return (
    <figure class="preview">
      {/* `load` only makes the frame load again; what it shows comes from `message`. */}
      <iframe ref={frame} title={t.editor.preview} src={`/preview.html?load=${load()}`} data-testid="widget-preview" />
      <figcaption class="hint">{t.editor.previewHint}</figcaption>
    </figure>
  );
}
