import { type DocumentData, doc, onSnapshot, type Query, type QueryDocumentSnapshot } from 'firebase/firestore';
import { createEffect, createSignal, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { db } from './firebase.ts';

export interface Listened<T> {
  /** Undefined until the first snapshot; `null` when the document does not exist. */
  value: () => T | null | undefined;
  error: () => string | undefined;
}

/** Follows one document live while `path()` names it; a new path re-subscribes, and the old listener ends. */
export function listenDoc<T>(path: () => string | undefined): Listened<T> {
  const [value, setValue] = createSignal<T | null | undefined>(undefined);
  const [error, setError] = createSignal<string>();
  createEffect(() => {
    const current = path();
    setValue(undefined);
    setError(undefined);
    if (!current) return;
    const stop = onSnapshot(
      doc(db, current),
      (snapshot) => setValue(() => (snapshot.exists() ? (snapshot.data() as T) : null)),
      (failure) => setError(failure.code),
    );
    onCleanup(stop);
  });
  return { value, error };
}

export type WithId<T> = T & { id: string };

export interface ListenedQuery<T> {
  items: WithId<T>[];
  loaded: boolean;
  error: string | undefined;
}

/**
 * Follows a query live. Items are reconciled by id into a store, so a document that changes (a streaming
 * reply) updates its own row in place instead of re-rendering the list.
 */
export function listenQuery<T>(build: () => Query<DocumentData> | undefined): ListenedQuery<T> {
  const [state, setState] = createStore<ListenedQuery<T>>({ items: [], loaded: false, error: undefined });
  createEffect(() => {
    const query = build();
    setState({ items: [], loaded: false, error: undefined });
    if (!query) return;
    const stop = onSnapshot(
      query,
      (snapshot) => {
        const items = snapshot.docs.map((item: QueryDocumentSnapshot) => ({ ...(item.data() as T), id: item.id }));
        setState('items', reconcile(items, { key: 'id' }));
        setState('loaded', true);
      },
      (failure) => setState({ error: failure.code, loaded: true }),
    );
    onCleanup(stop);
  });
  return state;
}
