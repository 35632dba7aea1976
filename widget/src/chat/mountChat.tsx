import { render } from 'solid-js/web';
import type { ChatContext, ChatHandle } from '../shared/chatContext.ts';
import { ChatApp } from './ChatApp.tsx';
import { chatCss } from './chatCss.ts';
import { warmAppCheck } from './lib/appCheckTokens.ts';
import { followVisualViewport } from './lib/followVisualViewport.ts';
import { loadFirebase } from './lib/loadFirebase.ts';
import { useTemplatePolicy } from './lib/trustedTemplate.ts';

/**
 * The chat bundle's entry, imported by the loader on intent: adds the chat styles to the shadow root and
 * renders the panel (hidden until opened) next to the launcher.
 */
export function mountChat(context: ChatContext): ChatHandle {
  useTemplatePolicy(context.templatePolicy);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(chatCss);
  context.shadow.adoptedStyleSheets = [...context.shadow.adoptedStyleSheets, sheet];
  const container = document.createElement('div');
  // After the launcher: the launcher stays the first control in the tab order, open or closed.
  context.shadow.append(container);
  followVisualViewport(context.host);
  // Firebase loads next to the panel, not before it: the panel shows at once (loadFirebase.ts).
  void loadFirebase().catch(() => undefined);
  // App Check, when the build has it, loads once the visitor starts typing (see appCheckTokens.ts).
  context.shadow.addEventListener('input', warmAppCheck, { once: true });
  let setOpen: ChatHandle['setOpen'] = () => {};
  render(
    () => (
      <ChatApp
        context={context}
        exposeSetOpen={(fn) => {
          setOpen = fn;
        }}
      />
    ),
    container,
  );
  return { setOpen: (open, moveFocus) => setOpen(open, moveFocus) };
}
