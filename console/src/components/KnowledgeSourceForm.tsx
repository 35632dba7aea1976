import { type CrawlMode, type KnowledgeSourceKind, MAX_CRAWL_PAGES, MAX_DOCUMENT_CHARS } from '@frontdesk/contract';
import { createSignal, Match, Switch } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { ActionStatus } from './ActionStatus.tsx';
import { Field } from './Field.tsx';

/** Adds a FAQ entry, a document (typed, pasted or read from a .txt/.md file) or a web page with an optional crawl. */
export function KnowledgeSourceForm(props: { botId: string }) {
  const [kind, setKind] = createSignal<KnowledgeSourceKind>('faq');
  const [question, setQuestion] = createSignal('');
  const [answer, setAnswer] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [text, setText] = createSignal('');
  const [url, setUrl] = createSignal('');
  const [crawl, setCrawl] = createSignal<CrawlMode>('none');
  const [maxPages, setMaxPages] = createSignal(10);
  const [fileError, setFileError] = createSignal<string>();

  const content = () => {
    switch (kind()) {
      case 'faq':
        return { kind: 'faq' as const, question: question(), answer: answer() };
      case 'document':
        return { kind: 'document' as const, title: title(), text: text() };
      case 'web':
        return { kind: 'web' as const, url: url().trim(), crawl: crawl(), maxPages: maxPages() };
    }
  };
  const add = createAction(async () => {
    await call('saveKnowledgeSource', { botId: props.botId, content: content() });
    setQuestion('');
    setAnswer('');
    setTitle('');
    setText('');
    setUrl('');
  }, t.knowledge.added);

  const readFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    const read = await file.text();
    if (read.length > MAX_DOCUMENT_CHARS) return setFileError(t.knowledge.fileTooLarge(MAX_DOCUMENT_CHARS));
    setText(read);
    if (!title()) setTitle(file.name.replace(/\.(txt|md|markdown)$/i, ''));
  };

  return (
    <form
      class="card"
      aria-labelledby="knowledge-add-title"
      onSubmit={(event) => {
        event.preventDefault();
        void add.start();
      }}
    >
      <h2 id="knowledge-add-title">{t.knowledge.add}</h2>
      <Field label={t.knowledge.kind}>
        {(id) => (
          <select
            id={id}
            value={kind()}
            onChange={(event) => setKind(event.currentTarget.value as KnowledgeSourceKind)}
          >
            <option value="faq">{t.knowledge.kinds.faq}</option>
            <option value="document">{t.knowledge.kinds.document}</option>
            <option value="web">{t.knowledge.kinds.web}</option>
          </select>
        )}
      </Field>
      <Switch>
        <Match when={kind() === 'faq'}>
          <Field label={t.knowledge.question}>
            {(id) => (
              <input id={id} value={question()} maxLength={300} onInput={(e) => setQuestion(e.currentTarget.value)} />
            )}
          </Field>
          <Field label={t.knowledge.answer}>
            {(id) => (
              <textarea
                id={id}
                rows={4}
                value={answer()}
                maxLength={4000}
                onInput={(e) => setAnswer(e.currentTarget.value)}
              />
            )}
          </Field>
        </Match>
        <Match when={kind() === 'document'}>
          <Field label={t.knowledge.documentTitle}>
            {(id) => <input id={id} value={title()} maxLength={120} onInput={(e) => setTitle(e.currentTarget.value)} />}
          </Field>
          <Field label={t.knowledge.documentText}>
            {(id) => (
              <textarea
                id={id}
                rows={8}
                value={text()}
                maxLength={MAX_DOCUMENT_CHARS}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t.knowledge.documentFile} error={fileError()}>
            {(id, describedBy) => (
              <input
                id={id}
                type="file"
                accept=".txt,.md,.markdown,text/plain,text/markdown"
                aria-describedby={describedBy()}
                onChange={(e) => void readFile(e.currentTarget.files?.[0])}
              />
            )}
          </Field>
        </Match>
        <Match when={kind() === 'web'}>
          <Field label={t.knowledge.url}>
            {(id) => (
              <input
                id={id}
                type="url"
                placeholder="https://"
                value={url()}
                onInput={(e) => setUrl(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t.knowledge.crawl}>
            {(id) => (
              <select id={id} value={crawl()} onChange={(e) => setCrawl(e.currentTarget.value as CrawlMode)}>
                <option value="none">{t.knowledge.crawlModes.none}</option>
                <option value="links">{t.knowledge.crawlModes.links}</option>
                <option value="sitemap">{t.knowledge.crawlModes.sitemap}</option>
              </select>
            )}
          </Field>
          <Field label={t.knowledge.maxPages}>
            {(id) => (
              <input
                id={id}
                type="number"
                min={1}
                max={MAX_CRAWL_PAGES}
                value={maxPages()}
                disabled={crawl() === 'none'}
                onInput={(e) => setMaxPages(Number(e.currentTarget.value) || 1)}
              />
            )}
          </Field>
        </Match>
      </Switch>
      <button type="submit" disabled={add.pending()}>
        {add.pending() ? t.saving : t.knowledge.saveSource}
      </button>
      <ActionStatus error={add.error()} message={add.message()} />
    </form>
  );
}
