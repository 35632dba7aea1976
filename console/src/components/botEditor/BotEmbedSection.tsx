import { t } from '../../i18n/strings.ts';
import { embedSnippet } from '../../lib/embedSnippet.ts';
import { CopyButton } from '../CopyButton.tsx';

/**
 * The `<script>` tag that puts this bot on a site, with a copy button, and where it works: the saved allowed
 * origins (the public copy the loader reads), or plainly every website.
 */
export function BotEmbedSection(props: { botId: string; allowedOrigins: string[] | undefined }) {
  const snippet = () => embedSnippet(location.origin, props.botId);
  return (
    <section class="card" aria-labelledby="embed-title">
      <h2 id="embed-title">{t.editor.sections.embed}</h2>
      <p>{t.editor.embedHint}</p>
      <pre class="snippet" data-testid="embed-snippet">
        <code>{snippet()}</code>
      </pre>
      <CopyButton text={snippet()} label={t.editor.copySnippet} />
      <p class="notice notice-info" data-testid="embed-origins">
        {props.allowedOrigins?.length
          ? t.editor.embedOrigins(props.allowedOrigins.join(', '))
          : t.editor.embedEveryOrigin}
      </p>
    </section>
  );
}
