import { createSignal } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { describeCallError } from './describeCallError.ts';

/**
 * State of one user action that calls the server: pending while it runs, then an error sentence or a
 * success message, for a status line next to the button.
 */
export function createAction<Args extends unknown[], Result>(
  run: (...args: Args) => Promise<Result>,
  successMessage: string | ((result: Result) => string | undefined) = t.saved,
) {
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [message, setMessage] = createSignal<string>();
  async function start(...args: Args): Promise<Result | undefined> {
    setPending(true);
    setError(undefined);
    setMessage(undefined);
    try {
      const result = await run(...args);
      setMessage(typeof successMessage === 'function' ? successMessage(result) : successMessage);
      return result;
    } catch (failure) {
      setError(describeCallError(failure));
      return undefined;
    } finally {
      setPending(false);
    }
  }
  const clear = () => {
    setError(undefined);
    setMessage(undefined);
  };
  return { start, pending, error, message, clear };
}
