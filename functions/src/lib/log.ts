import { logger } from 'firebase-functions';
import { errorCodeOf, type LogFields, logFields } from '../domain/logging/logFields.ts';

/**
 * Structured logs (JSON in Cloud Logging): an `event` name that log-based metrics match on, and ids and typed
 * codes only, filtered by `logFields`. Use this instead of `logger` directly.
 */
export const log = {
  info: (event: string, fields: LogFields = {}) => logger.info(event, { event, ...logFields(fields) }),
  warn: (event: string, fields: LogFields = {}) => logger.warn(event, { event, ...logFields(fields) }),
  error: (event: string, fields: LogFields = {}) => logger.error(event, { event, ...logFields(fields) }),
};

export { errorCodeOf };
