import { Show } from 'solid-js';

/** The outcome of an action: an alert for errors (announced at once), a polite status for success. */
export function ActionStatus(props: { error: string | undefined; message?: string | undefined }) {
  return (
    <>
      <Show when={props.error}>
        <p class="notice notice-error" role="alert">
          {props.error}
        </p>
      </Show>
      <p class="notice notice-ok" role="status">
        {props.error ? '' : (props.message ?? '')}
      </p>
    </>
  );
}
