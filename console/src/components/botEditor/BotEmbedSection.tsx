import { t } from '../../i18n/strings.ts';
import { embedSnippet } from '../../lib/embedSnippet.ts';
import { CopyButton } from '../CopyButton.tsx';

/** The `<script>` tag that puts this bot on a site, with a copy button. */
export function BotEmbedSection(props: { botId: string }) {
  const snippet = () => embedSnippet(location.origin, props.botId);
  return (
    <section class="card" aria-labelledby="embed-title">
      <h2 id="embed-title">{t.editor.sections.embed}</h2>
      <p>{t.editor.embedHint}</p>
      <pre class="snippet" data-testid="embed-snippet">
        <code>{snippet()}</code>
      </pre>
      <CopyButton text={snippet()} label={t.editor.copySnippet} />
    </section>
  );
}
