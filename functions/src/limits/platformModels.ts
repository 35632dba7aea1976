import { allowedModelsParam, defaultModel } from '../config.ts';
import { type AllowedModels, parseAllowedModels } from '../domain/limits/allowedModels.ts';

/** The models this platform offers its tenants (params ALLOWED_MODELS and OPENAI_MODEL). */
export function platformModels(): AllowedModels {
  return parseAllowedModels(allowedModelsParam.value(), defaultModel.value());
}
