export { assertPublicUrl, type OutboundOptions, UrlNotPublicError } from './assertPublicUrl.ts';
export { type FetchPublicOptions, fetchPublic, type PublicResponse } from './fetchPublic.ts';
