import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A link's signature: HMAC-SHA256 of its purpose and ids under the installation's LINK_SIGNING_SECRET, base64url,
 * 32 characters. The purpose is part of what is signed, so an unsubscribe signature never opens a conversation.
 */
export function signLink(secret: string, purpose: 'unsubscribe' | 'resume', ...parts: string[]): string {
  return createHmac('sha256', secret)
    .update([purpose, ...parts].join('\n'))
    .digest('base64url')
    .slice(0, 32);
}

/** Whether `signature` is the one `signLink` makes for these parts, compared in constant time. */
export function verifyLink(
  secret: string,
  signature: string,
  purpose: 'unsubscribe' | 'resume',
  ...parts: string[]
): boolean {
  const expected = Buffer.from(signLink(secret, purpose, ...parts));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
