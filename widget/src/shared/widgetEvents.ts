import type { CallErrorReason, MessageRole, ReplyErrorCode } from '@frontdesk/contract';

/** Events a host page can follow with `Frontdesk.on(event, handler)`. */
export interface WidgetEvents {
  open: Record<string, never>;
  close: Record<string, never>;
  /** A message appeared in the conversation: the visitor's own at once, a reply when it is complete. */
  message: { id: string; role: MessageRole; text: string };
  /** A reply ended with an error, or a call was refused. */
  error: { kind: 'reply'; code: ReplyErrorCode } | { kind: 'call'; reason: CallFailure };
}

/** Why a call failed: a typed reason from the contract, no connection, or an unexpected answer. */
export type CallFailure = CallErrorReason | 'network' | 'unknown';
export type WidgetEventName = keyof WidgetEvents;
export type WidgetEventHandler<Name extends WidgetEventName> = (detail: WidgetEvents[Name]) => void;

/** `window.Frontdesk`. */
export interface FrontdeskApi {
  /** Opens the panel and moves the keyboard focus into it, unless `focus: false`. */
  open(options?: { focus?: boolean }): void;
  close(): void;
  toggle(): void;
  /** Subscribes to an event; returns a function that unsubscribes. */
  on<Name extends WidgetEventName>(event: Name, handler: WidgetEventHandler<Name>): () => void;
  /** The script's version, and proof that a widget already runs on this page. */
  readonly version: string;
}
