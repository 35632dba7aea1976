import { z } from 'zod';
import {
  apiBookingRequestSchema,
  apiBookingResponseSchema,
  apiChatEventSchema,
  apiChatRequestSchema,
  apiErrorSchema,
  apiSlotsQuerySchema,
  apiSlotsSchema,
  apiTranscriptSchema,
} from './api.ts';

/** The schemas the document names, by component name. */
const components = {
  ChatRequest: { schema: apiChatRequestSchema, io: 'input' },
  ChatEvent: { schema: apiChatEventSchema, io: 'output' },
  Error: { schema: apiErrorSchema, io: 'output' },
  Transcript: { schema: apiTranscriptSchema, io: 'output' },
  Slots: { schema: apiSlotsSchema, io: 'output' },
  BookingRequest: { schema: apiBookingRequestSchema, io: 'input' },
  Booking: { schema: apiBookingResponseSchema, io: 'output' },
} as const;

/** A schema as JSON Schema 2020-12, the dialect of OpenAPI 3.1, without its own `$schema`. */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const ref = (name: keyof typeof components) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof components) => ({ 'application/json': { schema: ref(name) } });
const errorResponse = (description: string) => ({ description, content: json('Error') });
const retryAfter = {
  'Retry-After': { description: 'Seconds until a new request may succeed.', schema: { type: 'integer' } },
};

/** Answers every authenticated operation may give. */
const commonErrors = {
  '400': errorResponse('The request is malformed; `error.issues` names each problem (`invalid_input`).'),
  '401': errorResponse('No API key, or an unknown, malformed or revoked one (`api_key_invalid`).'),
  '403': errorResponse('The bot is switched off, or the conversation belongs to another user.'),
  '404': errorResponse('No such conversation, bot or route.'),
  '429': { ...errorResponse('A rate limit or the token budget is reached.'), headers: retryAfter },
};
const bodyErrors = {
  '413': errorResponse('The body is larger than 16 KiB (`payload_too_large`).'),
  '415': errorResponse('The body is not `application/json` (`unsupported_media_type`).'),
};

/**
 * The OpenAPI 3.1 description of `/api/v1`, generated from the contract's zod schemas (so it cannot drift from
 * what the functions parse), served at `/api/v1/openapi.json`.
 */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const slotsQuery = Object.entries(apiSlotsQuerySchema.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !schema.safeParse(undefined).success,
    schema: jsonSchemaOf(schema, 'output'),
  }));
  const externalUser = {
    name: 'externalUserId',
    in: 'query',
    required: false,
    description: 'The user the conversation was started for, if one was named.',
    schema: { type: 'string' },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontdesk API',
      version: '1.0.0',
      description:
        'Chat with a bot from any server: a streamed reply as NDJSON (default) or Server-Sent Events (`Accept: text/event-stream`). Keys are for servers: never put one in a web page.',
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    paths: {
      '/api/v1/chat': {
        post: {
          operationId: 'chat',
          summary: 'Send a message and stream the reply, or resume a stream',
          description:
            'Events: `start`, then `token`s and `done`; or `human` when a person handles the conversation; or `error`. Every `token` and `done` has an `id`; after a disconnect, send `conversationId` and `lastEventId` (or the `Last-Event-ID` header) to continue. The reply is written whether or not the client stays.',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'A retried request with the same key returns the same turn instead of a new one.',
              schema: { type: 'string', maxLength: 200 },
            },
            {
              name: 'Last-Event-ID',
              in: 'header',
              required: false,
              description: 'Resume after this event (as `lastEventId`).',
              schema: { type: 'string' },
            },
          ],
          requestBody: { required: true, content: json('ChatRequest') },
          responses: {
            '200': {
              description: 'The reply as a stream of events.',
              content: {
                'application/x-ndjson': { schema: ref('ChatEvent') },
                'text/event-stream': {
                  schema: { type: 'string', description: '`id:`, `event:` and `data:` (a ChatEvent as JSON).' },
                },
              },
            },
            ...commonErrors,
            '409': errorResponse('The Idempotency-Key was used with another message (`idempotency_conflict`).'),
            ...bodyErrors,
          },
        },
      },
      '/api/v1/conversations/{conversationId}': {
        get: {
          operationId: 'transcript',
          summary: "A conversation's transcript",
          parameters: [
            { name: 'conversationId', in: 'path', required: true, schema: { type: 'string' } },
            externalUser,
          ],
          responses: { '200': { description: 'The transcript.', content: json('Transcript') }, ...commonErrors },
        },
      },
      '/api/v1/slots': {
        get: {
          operationId: 'slots',
          summary: 'Free appointment slots in a range (at most 31 days)',
          parameters: slotsQuery,
          responses: { '200': { description: 'Free start times.', content: json('Slots') }, ...commonErrors },
        },
      },
      '/api/v1/bookings': {
        post: {
          operationId: 'book',
          summary: 'Book a free slot',
          requestBody: { required: true, content: json('BookingRequest') },
          responses: {
            '200': { description: 'The booking; confirmation mails are sent.', content: json('Booking') },
            ...commonErrors,
            '409': errorResponse('Someone booked (part of) that time first (`slot_taken`).'),
            ...bodyErrors,
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openApi',
          summary: 'This document',
          security: [],
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: "A bot's API key, made in the console." },
      },
      schemas: Object.fromEntries(
        Object.entries(components).map(([name, { schema, io }]) => [name, jsonSchemaOf(schema, io)]),
      ),
    },
  };
}
