import { type JSX, Show } from 'solid-js';

/** Extra hours of one kind: heading, rows, the list's error and the button that adds a row. */
export function ExtraHoursList(props: {
  title: string;
  error: string | undefined;
  addLabel: string;
  onAdd: () => void;
  children: JSX.Element;
}) {
  return (
    <>
      <h3>{props.title}</h3>
      {props.children}
      <Show when={props.error}>
        <p class="field-error">{props.error}</p>
      </Show>
      <div>
        <button type="button" class="secondary" onClick={() => props.onAdd()}>
          {props.addLabel}
        </button>
      </div>
    </>
  );
}
