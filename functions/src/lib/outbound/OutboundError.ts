/**
 * Why an outbound request to a tenant's URL was refused or failed. Callers turn the code into their own typed
 * error (a knowledge source's `error.code`, a webhook delivery's).
 */
export type OutboundErrorCode =
  | 'invalid_url'
  | 'not_https'
  | 'private_address'
  | 'unreachable'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects';

export class OutboundError extends Error {
  constructor(
    readonly code: OutboundErrorCode,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'OutboundError';
  }
}
