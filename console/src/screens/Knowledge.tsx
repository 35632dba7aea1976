import type { KnowledgeSource, UnansweredQuestion } from '@frontdesk/contract';
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { KnowledgeSourceForm } from '../components/KnowledgeSourceForm.tsx';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { listenKnowledgeSources, listenUnanswered } from '../lib/knowledgeData.ts';
import type { WithId } from '../lib/listen.ts';

/**
 * A bot's knowledge (owners and admins): its sources with live indexing progress and typed errors, a form to add
 * one, and the questions nothing was found for, each answered as a new FAQ entry in one step.
 */
export function Knowledge(props: { tenantId: string; botId: string }) {
  const sources = listenKnowledgeSources(
    () => props.tenantId,
    () => props.botId,
  );
  const unanswered = listenUnanswered(
    () => props.tenantId,
    () => props.botId,
  );
  const sorted = createMemo(() => [...sources.items].sort((a, b) => a.title.localeCompare(b.title)));
  const questions = createMemo(() => [...unanswered.items].sort((a, b) => b.count - a.count));
  const act = createAction(async (run: () => Promise<unknown>) => {
    await run();
  });

  return (
    <div class="knowledge">
      <h1>{t.knowledge.title}</h1>
      <p class="hint">{t.knowledge.intro}</p>
      <section class="card" aria-labelledby="knowledge-sources-title">
        <h2 id="knowledge-sources-title">{t.knowledge.sources}</h2>
        <ActionStatus error={act.error() ?? sources.error} message={act.message()} />
        <Show when={sources.loaded} fallback={<p role="status">{t.loading}</p>}>
          <Show when={sorted().length > 0} fallback={<p>{t.knowledge.none}</p>}>
            <ul class="knowledge-sources">
              <For each={sorted()}>
                {(source) => (
                  <SourceRow
                    source={source}
                    onReindex={() =>
                      act.start(() => call('reindexKnowledgeSource', { botId: props.botId, sourceId: source.id }))
                    }
                    onDelete={() => {
                      if (!confirm(t.knowledge.confirmDelete(source.title))) return;
                      void act.start(() => call('deleteKnowledgeSource', { botId: props.botId, sourceId: source.id }));
                    }}
                  />
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </section>
      <KnowledgeSourceForm botId={props.botId} />
      <section class="card" aria-labelledby="unanswered-title">
        <h2 id="unanswered-title">{t.knowledge.unansweredTitle}</h2>
        <p class="hint">{t.knowledge.unansweredIntro}</p>
        <Show when={questions().length > 0} fallback={<p>{t.knowledge.noUnanswered}</p>}>
          <ul class="unanswered">
            <For each={questions()}>{(question) => <UnansweredRow botId={props.botId} question={question} />}</For>
          </ul>
        </Show>
      </section>
    </div>
  );
}

function SourceRow(props: { source: WithId<KnowledgeSource>; onReindex: () => void; onDelete: () => void }) {
  const url = () => (props.source.content.kind === 'web' ? props.source.content.url : null);
  return (
    <li class="knowledge-source" data-testid="knowledge-source" data-status={props.source.status}>
      <span class="badge">{t.knowledge.kinds[props.source.content.kind]}</span> <strong>{props.source.title}</strong>
      <Show when={url()}>
        {(address) => (
          <>
            {' '}
            <a class="hint" href={address()} target="_blank" rel="noopener noreferrer">
              {address()}
            </a>
          </>
        )}
      </Show>
      <p class="hint" data-testid="knowledge-status" role="status">
        <Switch>
          <Match when={props.source.status === 'queued'}>{t.knowledge.status.queued}</Match>
          <Match when={props.source.status === 'indexing'}>
            {t.knowledge.status.indexing(props.source.progress?.done ?? 0, props.source.progress?.total ?? 0)}
          </Match>
          <Match when={props.source.status === 'ready'}>
            {t.knowledge.status.ready(props.source.passageCount, props.source.pages?.length ?? 0)}
          </Match>
        </Switch>
      </p>
      <Show when={props.source.status === 'error' && props.source.error}>
        {(error) => (
          <p class="field-error" data-testid="knowledge-error" data-code={error().code}>
            {t.knowledge.status.error}: {t.knowledge.errors[error().code]}
            {error().url ? ` (${error().url})` : ''}
          </p>
        )}
      </Show>
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => props.onReindex()}>
          {t.knowledge.reindex}
        </button>
        <button type="button" class="secondary danger" onClick={() => props.onDelete()}>
          {t.knowledge.delete}
        </button>
      </div>
    </li>
  );
}

function UnansweredRow(props: { botId: string; question: WithId<UnansweredQuestion> }) {
  const [answer, setAnswer] = createSignal('');
  const answerIt = createAction(() =>
    call('saveKnowledgeSource', {
      botId: props.botId,
      unansweredId: props.question.id,
      content: { kind: 'faq', question: props.question.question, answer: answer() },
    }),
  );
  const dismiss = createAction(() =>
    call('dismissUnanswered', { botId: props.botId, unansweredId: props.question.id }),
  );
  return (
    <li class="unanswered-question" data-testid="unanswered-question">
      <strong>{props.question.question}</strong> <span class="hint">{t.knowledge.asked(props.question.count)}</span>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void answerIt.start();
        }}
      >
        <label class="visually-hidden" for={`answer-${props.question.id}`}>
          {t.knowledge.answer}
        </label>
        <textarea
          id={`answer-${props.question.id}`}
          rows={2}
          placeholder={t.knowledge.answer}
          value={answer()}
          onInput={(event) => setAnswer(event.currentTarget.value)}
        />
        <div class="button-row">
          <button type="submit" disabled={answerIt.pending() || !answer().trim()}>
            {t.knowledge.answerAsFaq}
          </button>
          <button type="button" class="secondary" onClick={() => void dismiss.start()}>
            {t.knowledge.dismiss}
          </button>
        </div>
      </form>
      <ActionStatus error={answerIt.error() ?? dismiss.error()} />
    </li>
  );
}
