import { writeFileSync } from 'node:fs';
import { repoRoot } from '../localConfig.ts';

/**
 * Gives the Functions emulator its params and secrets: `.env.local` and `.secret.local` are read only by
 * the emulator (both git-ignored), so a deployed project never sees these values.
 */
export function writeFunctionsEnv(values: {
  baseURL: string;
  apiKey: string;
  model?: string;
  /** Other params to override, e.g. shorter timeouts for tests. */
  params?: Record<string, string | number>;
  /** Other secrets, e.g. the local SMTP server. */
  secrets?: Record<string, string>;
}): void {
  const params = [`OPENAI_BASE_URL=${values.baseURL}`];
  if (values.model) params.push(`OPENAI_MODEL=${values.model}`);
  for (const [name, value] of Object.entries(values.params ?? {})) params.push(`${name}=${value}`);
  writeFileSync(`${repoRoot}functions/.env.local`, `${params.join('\n')}\n`);
  const secrets = { OPENAI_API_KEY: values.apiKey, ...values.secrets };
  writeFileSync(
    `${repoRoot}functions/.secret.local`,
    Object.entries(secrets)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
}
