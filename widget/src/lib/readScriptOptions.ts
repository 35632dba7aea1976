export interface ScriptOptions {
  botId: string;
  /** Origin that served the script: the Firebase Hosting site of the Frontdesk install. */
  origin: string;
}

/** Reads the `data-*` attributes of the widget's own `<script>` tag. */
export function readScriptOptions(script: HTMLScriptElement | null): ScriptOptions | null {
  const botId = script?.dataset.bot?.trim();
  if (!script || !botId) return null;
  return { botId, origin: new URL(script.src, location.href).origin };
}
