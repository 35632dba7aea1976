import type { KnowledgeErrorCode } from '@frontdesk/contract';

/** Why a source could not be indexed: shown on the source in the console as its `error`. */
export class KnowledgeFailure extends Error {
  constructor(
    readonly code: KnowledgeErrorCode,
    message: string,
    readonly url: string | null = null,
  ) {
    super(message);
    this.name = 'KnowledgeFailure';
  }
}
