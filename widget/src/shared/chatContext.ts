import type { Appearance, Locale } from '@frontdesk/contract';
import type { Emitter } from './createEmitter.ts';

/** What the widget knows about its bot from the public `bots/{botId}` document, overrides applied. */
export interface PublicBot {
  appearance: Appearance;
  appointmentsEnabled: boolean;
  /** The business's IANA zone. */
  timezone: string;
}

/**
 * The widget's Trusted Types policy (`frontdesk`), created by the loader: it turns the chat's own static
 * templates into `TrustedHTML`, nothing else (see chat/lib/trustedTemplate.ts). `null` where the browser has no
 * Trusted Types.
 */
export interface TemplatePolicy {
  createHTML(html: string): unknown;
}

/** What the loader hands the lazily loaded chat bundle. */
export interface ChatContext {
  botId: string;
  /** Origin that served the script: the Firebase Hosting site of the install. */
  origin: string;
  bot: PublicBot;
  locale: Locale;
  /** What the visitor's context may say (`data-context`, `data-context-query`). */
  contextMode: 'off' | 'page' | 'full';
  shadow: ShadowRoot;
  host: HTMLElement;
  launcher: HTMLButtonElement;
  emitter: Emitter;
  templatePolicy: TemplatePolicy | null;
  /** Opens or closes the panel through the loader, which owns the launcher and the events. */
  setOpen(open: boolean): void;
}

export interface ChatHandle {
  /** `moveFocus`: put the keyboard focus in the message field on opening. */
  setOpen(open: boolean, moveFocus: boolean): void;
}

export type MountChat = (context: ChatContext) => ChatHandle;

/** Where the visitor's current conversation id is kept, per bot; the loader reads it to preload. */
export const conversationStorageKey = (botId: string) => `frontdesk:${botId}:conversation`;
