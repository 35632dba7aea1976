import { createUniqueId, type JSX, Show, splitProps } from 'solid-js';

/**
 * A labelled form control with an optional hint and error, wired with aria-describedby and aria-invalid.
 * The control is rendered by `children(id, describedBy)` so inputs, selects and textareas share it.
 */
export function Field(props: {
  label: string;
  hint?: string;
  error?: string | undefined;
  class?: string;
  children: (id: string, describedBy: () => string | undefined, invalid: () => boolean) => JSX.Element;
}) {
  const [local] = splitProps(props, ['label', 'hint', 'error', 'class', 'children']);
  const id = createUniqueId();
  const describedBy = () =>
    [local.hint ? `${id}-hint` : '', local.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${local.class ?? ''}`}>
      <label for={id}>{local.label}</label>
      {local.children(id, describedBy, () => Boolean(local.error))}
      <Show when={local.hint}>
        <p class="hint" id={`${id}-hint`}>
          {local.hint}
        </p>
      </Show>
      <Show when={local.error}>
        <p class="field-error" id={`${id}-error`}>
          {local.error}
        </p>
      </Show>
    </div>
  );
}
