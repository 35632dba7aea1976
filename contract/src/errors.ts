/**
 * Codes a reply can end with (`message.errorCode`), so the widget can explain each one and offer a retry.
 * `upstream_error`: the model provider failed (5xx, network). `timeout`: the stream stalled or took too long.
 */
export const replyErrorCodes = ['upstream_error', 'upstream_rate_limited', 'timeout', 'internal'] as const;
export type ReplyErrorCode = (typeof replyErrorCodes)[number];
