import { z } from 'zod';
import { documentIdSchema } from './sendMessage.ts';

/**
 * What a bot knows besides its system prompt: sources (FAQ entries, documents, web pages) managed by owners and
 * admins, split into passages with an embedding each, retrieved per turn.
 */

/** Characters of a document's text, pasted or read from a `.txt`/`.md` file (a source document stays far below 1 MiB). */
export const MAX_DOCUMENT_CHARS = 200_000;
/** Pages one web source may read by its crawl, and bytes per page and for the whole crawl. */
export const MAX_CRAWL_PAGES = 50;
export const MAX_PAGE_BYTES = 2_000_000;
export const MAX_CRAWL_BYTES = 10_000_000;
/** Sources one bot may have. */
export const MAX_SOURCES_PER_BOT = 200;

export const knowledgeSourceKindSchema = z.enum(['faq', 'document', 'web']);
export type KnowledgeSourceKind = z.infer<typeof knowledgeSourceKindSchema>;

/** `none`: the page alone; `sitemap`: the site's /sitemap.xml; `links`: links on the page to the same site. */
export const crawlModeSchema = z.enum(['none', 'sitemap', 'links']);
export type CrawlMode = z.infer<typeof crawlModeSchema>;

/**
 * Why indexing a source failed, shown on the source in the console. Nothing else changes: the passages it had
 * before stay until it indexes again.
 * - `invalid_url`, `not_https`, `private_address`: the address is not a public https one (loopback only under the emulators).
 * - `unreachable`: no answer (DNS, connection refused or reset).
 * - `timeout`: the page did not arrive in time.
 * - `too_large`: the page is bigger than MAX_PAGE_BYTES.
 * - `http_error`: the site answered with an error status.
 * - `too_many_redirects`: more redirects than allowed.
 * - `unsupported_content`: not HTML or plain text (an image, a PDF, a binary file).
 * - `empty`: no readable text.
 * - `budget_exhausted`: the tenant's token budget has no room for the embeddings.
 * - `embedding_failed`: the embeddings endpoint failed.
 * - `internal`: anything else.
 */
export const knowledgeErrorCodes = [
  'invalid_url',
  'not_https',
  'private_address',
  'unreachable',
  'timeout',
  'too_large',
  'http_error',
  'too_many_redirects',
  'unsupported_content',
  'empty',
  'budget_exhausted',
  'embedding_failed',
  'internal',
] as const;
export type KnowledgeErrorCode = (typeof knowledgeErrorCodes)[number];

const printableText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // A binary file read as text carries NUL or replacement characters: refused instead of indexed as noise.
    .refine(
      (text) => !text.includes('\u0000') && !text.includes('\uFFFD'),
      'must be readable text (.txt or .md), not a binary file',
    );

const webUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be a web address like https://example.com/page' })
  .max(2000);

export const knowledgeContentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('faq'), question: printableText(300), answer: printableText(4000) }),
  z.strictObject({ kind: z.literal('document'), title: printableText(120), text: printableText(MAX_DOCUMENT_CHARS) }),
  z.strictObject({
    kind: z.literal('web'),
    url: webUrlSchema,
    crawl: crawlModeSchema.default('none'),
    maxPages: z.int().min(1).max(MAX_CRAWL_PAGES).default(10),
  }),
]);
export type KnowledgeContent = z.infer<typeof knowledgeContentSchema>;

export const knowledgeStatusSchema = z.enum(['queued', 'indexing', 'ready', 'error']);
export type KnowledgeStatus = z.infer<typeof knowledgeStatusSchema>;

/**
 * `bots/{botId}/knowledgeSources/{sourceId}`: one source and how its indexing went. Owners and admins read it;
 * callables write its content, the indexer its status. `revision` grows with every change of content or request
 * to index again, so an indexing run that was overtaken writes no result.
 */
export const knowledgeSourceSchema = z.object({
  tenantId: z.string(),
  content: knowledgeContentSchema,
  /** A FAQ's question, a document's title, a page's URL (later its title). */
  title: z.string(),
  revision: z.int(),
  status: knowledgeStatusSchema,
  progress: z.object({ done: z.int(), total: z.int() }).nullable(),
  error: z.object({ code: z.enum(knowledgeErrorCodes), message: z.string(), url: z.string().nullable() }).nullable(),
  /** Hash of the text indexed last: the same text again embeds nothing. */
  contentHash: z.string().nullable(),
  passageCount: z.int(),
  /** Pages a web source read (at most MAX_CRAWL_PAGES). */
  pages: z.array(z.object({ url: z.string(), title: z.string() })).optional(),
  /** Embedding tokens its last indexing used. */
  embeddingTokens: z.int(),
  createdAt: z.unknown(),
  updatedAt: z.unknown(),
  indexedAt: z.unknown().nullable(),
});
export type KnowledgeSource = z.infer<typeof knowledgeSourceSchema>;

/**
 * `bots/{botId}/knowledgePassages/{passageId}`: a piece of a source with its embedding. Server only: never read by
 * visitors or the console (the transcript shows the excerpt a reply's meta keeps).
 */
export interface KnowledgePassage {
  tenantId: string;
  sourceId: string;
  kind: KnowledgeSourceKind;
  title: string;
  url: string | null;
  text: string;
  /** Hash of what was embedded (title and text): the passage's id ends with it. */
  hash: string;
  /** `FieldValue.vector(…)` in Firestore. */
  embedding: unknown;
}

/** A source a reply cites, shown under it in the widget: a link for a page, a title for a FAQ or document. */
export const citedSourceSchema = z.object({
  /** The number the reply cites it by, `[n]`. */
  ref: z.int(),
  title: z.string(),
  url: z.string().nullable(),
});
export type CitedSource = z.infer<typeof citedSourceSchema>;

/** A passage a reply's prompt held, kept in the reply's meta for the console's transcript. */
export const usedPassageSchema = z.object({
  ref: z.int(),
  sourceId: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  excerpt: z.string(),
  distance: z.number(),
  cited: z.boolean(),
});
export type UsedPassage = z.infer<typeof usedPassageSchema>;

/** What retrieval did for a reply (in its meta, team only). */
export const replyKnowledgeSchema = z.object({
  passages: z.array(usedPassageSchema),
  /** Cosine distance of the nearest passage; null when the bot has none. */
  bestDistance: z.number().nullable(),
  /** Nothing near enough was found (see KNOWLEDGE_MAX_DISTANCE): listed among the unanswered questions. */
  unanswered: z.boolean(),
  embeddingTokens: z.int(),
});
export type ReplyKnowledge = z.infer<typeof replyKnowledgeSchema>;

/**
 * `bots/{botId}/unansweredQuestions/{id}`: questions retrieval found nothing for, grouped by their normalized
 * wording (the id is its hash). Owners and admins read them; answering one as a FAQ entry removes it.
 */
export const unansweredQuestionSchema = z.object({
  tenantId: z.string(),
  question: z.string(),
  count: z.int(),
  lastAskedAt: z.unknown(),
  /** Firestore TTL field: visitor text, kept as long as the tenant keeps conversations. */
  expireAt: z.unknown().nullable().optional(),
});
export type UnansweredQuestion = z.infer<typeof unansweredQuestionSchema>;

/** Adds a source (no `sourceId`) or replaces one's content; either way it is indexed again in the background. */
export const saveKnowledgeSourceRequestSchema = z.strictObject({
  botId: documentIdSchema,
  sourceId: documentIdSchema.optional(),
  content: knowledgeContentSchema,
  /** With a FAQ entry made from an unanswered question: that question, removed once the entry is saved. */
  unansweredId: documentIdSchema.optional(),
});
export type SaveKnowledgeSourceRequest = z.input<typeof saveKnowledgeSourceRequestSchema>;

/** Indexes a source again (a web page that changed), or deletes it with its passages. */
export const knowledgeSourceRefSchema = z.strictObject({ botId: documentIdSchema, sourceId: documentIdSchema });

/** Removes an unanswered question without answering it. */
export const dismissUnansweredRequestSchema = z.strictObject({
  botId: documentIdSchema,
  unansweredId: documentIdSchema,
});
