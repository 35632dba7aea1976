import { z } from 'zod';
import { oneLineString } from './oneLineText.ts';

/**
 * Where the visitor is, as the widget reports it with the first message (and the page with later ones): shown to
 * the team in the transcript header and included in exports. Each field is capped; the page URL carries no
 * query string unless the site opts in (`data-context-query`), and a site turns it all off with
 * `data-context="off"`.
 */
export const visitorContextSchema = z.strictObject({
  pageUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(500)
    .optional(),
  referrer: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(500)])
    .optional(),
  title: oneLineString().max(200).optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/, 'must be a language tag like de-DE')
    .max(35)
    .optional(),
  timezone: z
    .string()
    .regex(/^[A-Za-z0-9_+/-]{1,64}$/, 'must be a time zone like Europe/Berlin')
    .optional(),
});
export type VisitorContext = z.infer<typeof visitorContextSchema>;
