import type { Appearance } from '@frontdesk/contract';
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { previewUrl } from '../lib/previewUrl.ts';

/**
 * The real widget in a frame, on a stand-in page of this site. Unsaved appearance reaches it as data-*
 * overrides; typing is debounced so the frame reloads at most every 400 ms.
 */
export function WidgetPreview(props: { botId: string; appearance: Partial<Appearance>; version: number }) {
  const [src, setSrc] = createSignal(previewUrl(props.botId, props.appearance, props.version));
  createEffect(
    on(
      () => previewUrl(props.botId, props.appearance, props.version),
      (next) => {
        const timer = setTimeout(() => setSrc(next), 400);
        onCleanup(() => clearTimeout(timer));
      },
      { defer: true },
    ),
  );
  return (
    <figure class="preview">
      <iframe title={t.editor.preview} src={src()} data-testid="widget-preview" />
      <figcaption class="hint">{t.editor.previewHint}</figcaption>
    </figure>
  );
}
