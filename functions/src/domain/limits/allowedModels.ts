/**
 * Which models a bot may name. The platform pays for every model call with its own key, so the models are the
 * platform's choice (param ALLOWED_MODELS), not the tenant's: a comma-separated list, `*` for any model, and
 * empty for the default model alone. The default model (OPENAI_MODEL) is always allowed: it is what a bot
 * without a model of its own uses.
 */
export interface AllowedModels {
  /** `*` was listed: any model name goes. */
  any: boolean;
  /** The named models, the default first. */
  models: string[];
}

export function parseAllowedModels(param: string, defaultModel: string): AllowedModels {
  const listed = param
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return {
    any: listed.includes('*'),
    models: [...new Set([defaultModel, ...listed.filter((name) => name !== '*')])],
  };
}

/** Whether a bot may be saved with `model`; `null` (the default model) always may. */
export function isModelAllowed(model: string | null, allowed: AllowedModels): boolean {
  return model === null || allowed.any || allowed.models.includes(model);
}

/**
 * The model a reply is written with: the bot's own while the platform still allows it, else the default (a
 * model taken off the list after the bot chose it answers with the default instead of not at all).
 */
export function modelForReply(stored: string | null, defaultModel: string, allowed: AllowedModels): string {
  return stored !== null && isModelAllowed(stored, allowed) ? stored : defaultModel;
}
