import { documentIdSchema } from '@frontdesk/contract';
import { z } from 'zod';

/** What the cancel page needs from its link. */
export interface CancelLink {
  botId: string;
  bookingId: string;
  token: string;
}

/**
 * The link's parameters as the page made them (cancelUrl): one plain value each. A repeated parameter
 * (`?bot=a&bot=b`) arrives as a list, a bracketed one as an object; neither is a link we sent. Other
 * parameters (a mail client's tracking, say) are ignored.
 */
/** Firestore reserves ids like `__name__`: never one we made, and reading one fails. */
const storedIdSchema = documentIdSchema.refine((id) => !/^__.*__$/.test(id));

const cancelLinkSchema = z.object({
  bot: storedIdSchema,
  booking: storedIdSchema,
  token: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/),
});

export type ParsedCancelLink = { kind: 'link'; link: CancelLink } | { kind: 'incomplete' } | { kind: 'invalid' };

/** The cancel link in a query or a form body, as Express parsed it; never throws. */
export function parseCancelLink(params: unknown): ParsedCancelLink {
  const fields = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  if (['bot', 'booking', 'token'].some((name) => fields[name] === undefined || fields[name] === '')) {
    return { kind: 'incomplete' };
  }
  const parsed = cancelLinkSchema.safeParse(fields);
  if (!parsed.success) return { kind: 'invalid' };
  return { kind: 'link', link: { botId: parsed.data.bot, bookingId: parsed.data.booking, token: parsed.data.token } };
}
