import type { WidgetEventHandler, WidgetEventName, WidgetEvents } from './widgetEvents.ts';

export type Emitter = ReturnType<typeof createEmitter>;

/** A typed event emitter; a handler that throws never breaks the widget or the other handlers. */
export function createEmitter() {
  const handlers = new Map<WidgetEventName, Set<(detail: never) => void>>();
  return {
    on<Name extends WidgetEventName>(event: Name, handler: WidgetEventHandler<Name>): () => void {
      const set = handlers.get(event) ?? new Set();
      handlers.set(event, set);
      set.add(handler as (detail: never) => void);
      return () => set.delete(handler as (detail: never) => void);
    },
    emit<Name extends WidgetEventName>(event: Name, detail: WidgetEvents[Name]): void {
      for (const handler of handlers.get(event) ?? []) {
        try {
          (handler as WidgetEventHandler<Name>)(detail);
        } catch (error) {
          console.error(`Frontdesk: a "${event}" handler failed:`, error);
        }
      }
    },
  };
}
