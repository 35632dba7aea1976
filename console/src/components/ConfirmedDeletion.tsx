import { createSignal, createUniqueId } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { createAction } from '../lib/createAction.ts';
import { ActionStatus } from './ActionStatus.tsx';

/**
 * A destructive action behind a typed confirmation: the button works once the person has typed `expected`
 * exactly (the bot's or business's name, their own address). The server checks the same text again.
 */
export function ConfirmedDeletion(props: {
  title: string;
  intro: string;
  expected: string;
  button: string;
  testId: string;
  run: (typed: string) => Promise<unknown>;
}) {
  const [typed, setTyped] = createSignal('');
  const inputId = createUniqueId();
  const titleId = createUniqueId();
  const action = createAction((value: string) => props.run(value), '');
  return (
    <form
      class="card form"
      aria-labelledby={titleId}
      data-testid={props.testId}
      onSubmit={(event) => {
        event.preventDefault();
        void action.start(typed().trim());
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p>{props.intro}</p>
      <label for={inputId}>{t.deletion.typeToConfirm(props.expected)}</label>
      <input id={inputId} autocomplete="off" value={typed()} onInput={(event) => setTyped(event.currentTarget.value)} />
      <button class="danger" type="submit" disabled={action.pending() || typed().trim() !== props.expected}>
        {props.button}
      </button>
      <ActionStatus error={action.error()} message={action.message()} />
    </form>
  );
}
