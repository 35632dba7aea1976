import { defineInt, defineSecret, defineString } from 'firebase-functions/params';

/**
 * Every setting of the functions, as firebase-functions params: set them in `functions/.env`
 * (or `.env.<project>`); secrets with `firebase functions:secrets:set`. Nothing else in the
 * functions reads `process.env`.
 */
export const openAiApiKey = defineSecret('OPENAI_API_KEY');

export const openAiBaseUrl = defineString('OPENAI_BASE_URL', {
  default: 'https://api.openai.com/v1',
  description:
    'Base URL of any OpenAI-compatible Chat Completions API (OpenAI, Azure OpenAI, Ollama, vLLM, OpenRouter).',
});

export const defaultModel = defineString('OPENAI_MODEL', {
  default: 'gpt-4o-mini',
  description: 'Model used when a bot does not name one.',
});

export const flushIntervalMs = defineInt('FLUSH_INTERVAL_MS', {
  default: 500,
  description: 'Minimum time between two writes of a streaming reply (the first token is written at once).',
});

export const replyTimeoutSeconds = defineInt('REPLY_TIMEOUT_SECONDS', {
  default: 120,
  description: 'Longest a reply may take, from request to last token.',
});

export const connectTimeoutSeconds = defineInt('CONNECT_TIMEOUT_SECONDS', {
  default: 15,
  description: 'Longest wait for the model provider to answer a request (until its response headers).',
});

export const streamIdleTimeoutSeconds = defineInt('STREAM_IDLE_TIMEOUT_SECONDS', {
  default: 30,
  description: 'Longest silence allowed inside a streaming reply before it is cut off with error "timeout".',
});

export const rateLimitRetryMaxSeconds = defineInt('RATE_LIMIT_RETRY_MAX_SECONDS', {
  default: 5,
  description: "After a provider's 429, retry once if its retry-after is at most this long; otherwise fail fast.",
});

export const defaultMonthlyTokenBudget = defineInt('DEFAULT_MONTHLY_TOKEN_BUDGET', {
  default: 2_000_000,
  description: 'Tokens a tenant may use per calendar month (UTC) unless its document sets monthlyTokenBudget.',
});

export const defaultDailyTokenBudget = defineInt('DEFAULT_DAILY_TOKEN_BUDGET', {
  default: 0,
  description:
    'Tokens a tenant may use per UTC day unless its document sets dailyTokenBudget (null there: no cap). 0: no daily cap.',
});

export const allowedModelsParam = defineString('ALLOWED_MODELS', {
  default: '',
  description:
    'Comma-separated models a bot may name, paid with the platform key; "*" for any. Empty: only OPENAI_MODEL, which is always allowed.',
});

export const trustedProxyHops = defineInt('TRUSTED_PROXY_HOPS', {
  default: 1,
  description:
    "Proxies in front of the functions that append to X-Forwarded-For, counted from the right: 1 = Cloud Run's own front end (functions called directly); add one per Hosting rewrite, CDN or load balancer in front. Per-network limits key on the address the outermost of them saw.",
});

export const appCheckParam = defineString('APP_CHECK', {
  default: 'off',
  description:
    'App Check on the visitor callables (sendMessage, listSlots, bookSlot): "off", "monitor" (serve and log calls without a valid token) or "enforce" (refuse them with app_check_failed). Anything else reads as "enforce".',
  input: { select: { options: [{ value: 'off' }, { value: 'monitor' }, { value: 'enforce' }] } },
});

/** The Functions emulator sets this; it relaxes the origin check for loopback origins only. */
export const runningInEmulator = process.env.FUNCTIONS_EMULATOR === 'true';

/** SMTP server for the mail outbox, e.g. `smtps://user:password@smtp.example.com:465`. */
export const smtpConnectionUri = defineSecret('SMTP_CONNECTION_URI');

export const mailFrom = defineString('MAIL_FROM', {
  default: 'Frontdesk <no-reply@example.com>',
  description: 'Sender of booking mails; also the organizer of calendar invitations.',
});

export const publicBaseUrl = defineString('PUBLIC_BASE_URL', {
  default: '',
  description:
    'Origin of the hosted site for links in mails (e.g. https://<project>.web.app); empty: https://<project>.web.app.',
});

export const signupModeParam = defineString('SIGNUP_MODE', {
  default: 'open',
  description:
    'Who may create a tenant in the console: "open" (anyone who signs in with an email link) or "invite" (platform administrators only; others join by invitation).',
});

export const maxTenantsPerUser = defineInt('MAX_TENANTS_PER_USER', {
  default: 5,
  description:
    'How many tenants one person may own when sign-up is open, so one account cannot create them without end. Platform administrators have no limit.',
});

export const platformAdminEmails = defineString('PLATFORM_ADMIN_EMAILS', {
  default: '',
  description:
    'Comma-separated emails of platform administrators: they see every tenant and may suspend bots. Empty: none.',
});

/*
 * Booking and mail limits: a visitor's Auth user costs nothing to renew, so the limits that bound the mail a
 * visitor can make the platform send key on their network, the bot and the address mailed.
 */

export const bookingsPerNetworkPerHour = defineInt('BOOKINGS_PER_NETWORK_PER_HOUR', {
  default: 10,
  description: 'Booking attempts one client network may make into one bot per hour (bookSlot).',
});

export const bookingsPerNetworkPerDay = defineInt('BOOKINGS_PER_NETWORK_PER_DAY', {
  default: 50,
  description: 'Booking attempts one client network may make per UTC day, into all bots of the platform together.',
});

export const bookingsPerBotPerDay = defineInt('BOOKINGS_PER_BOT_PER_DAY', {
  default: 100,
  description: 'Booking attempts one bot takes per UTC day, from the widget and the chat together.',
});

export const bookingsPerRecipientPerDay = defineInt('BOOKINGS_PER_RECIPIENT_PER_DAY', {
  default: 5,
  description:
    'Booking attempts, and so at most that many confirmation mails, for one visitor email address per UTC day, across all bots.',
});

export const slotListingsPerVisitorPerMinute = defineInt('SLOT_LISTINGS_PER_VISITOR_PER_MINUTE', {
  default: 30,
  description: 'listSlots calls one visitor may make to one bot per minute.',
});

export const slotListingsPerNetworkPerMinute = defineInt('SLOT_LISTINGS_PER_NETWORK_PER_MINUTE', {
  default: 120,
  description: 'listSlots calls one client network may make to one bot per minute.',
});

export const invitesPerTenantPerDay = defineInt('INVITES_PER_TENANT_PER_DAY', {
  default: 20,
  description: 'Invitation mails one tenant may send per UTC day.',
});

export const inviteResendCooldownMinutes = defineInt('INVITE_RESEND_COOLDOWN_MINUTES', {
  default: 60,
  description: 'Inviting an address again within this time updates its role but sends no second mail.',
});

export const mailRetentionDays = defineInt('MAIL_RETENTION_DAYS', {
  default: 30,
  description:
    'Days an outbox mail is kept after its delivery ended (SENT or finally ERROR), without its text, before the TTL policy deletes it.',
});

/** Key of the HMAC that signs links in mails (unsubscribe, follow-up): a random value, kept secret. */
export const linkSigningSecret = defineSecret('LINK_SIGNING_SECRET');

export const notificationGroupMinutes = defineInt('NOTIFICATION_GROUP_MINUTES', {
  default: 5,
  description:
    'A member gets at most one notification mail of a kind per conversation (or booking) within this many minutes; later activity in the window is folded into it.',
});

export const webhookTimeoutSeconds = defineInt('WEBHOOK_TIMEOUT_SECONDS', {
  default: 10,
  description: 'Longest a webhook endpoint may take to answer one delivery before it counts as failed and is retried.',
});

export const exportMaxConversations = defineInt('EXPORT_MAX_CONVERSATIONS', {
  default: 2000,
  description: 'Most conversations one date-range export holds; a larger range is cut off and says so.',
});

export const auditRetentionDays = defineInt('AUDIT_RETENTION_DAYS', {
  default: 400,
  description:
    'Days an audit log entry (who changed settings, roles, retention, what was deleted) is kept before the TTL policy deletes it.',
});

export const backupBucket = defineString('BACKUP_BUCKET', {
  default: '',
  description:
    'Cloud Storage bucket for the daily Firestore export, e.g. gs://my-project-backups (empty: no scheduled export). The functions service account needs roles/datastore.importExportAdmin and write access to the bucket.',
});

export const backupRetentionDays = defineInt('BACKUP_RETENTION_DAYS', {
  default: 14,
  description: 'Days a scheduled Firestore export is kept in BACKUP_BUCKET before the backup job deletes it.',
});

export const botReviewParam = defineString('BOT_REVIEW', {
  default: 'off',
  description:
    'Review of new bots: "off" (a new bot answers at once) or "required" (a new bot answers nobody until a platform administrator approves it on the platform screen).',
  input: { select: { options: [{ value: 'off' }, { value: 'required' }] } },
});

export const embeddingModel = defineString('EMBEDDING_MODEL', {
  default: 'text-embedding-3-small',
  description:
    "Model of the provider's OpenAI-compatible /embeddings endpoint (at OPENAI_BASE_URL) that embeds knowledge passages and questions.",
});

export const embeddingDimensions = defineInt('EMBEDDING_DIMENSIONS', {
  default: 768,
  description:
    'Length of the embedding vectors, sent as `dimensions` (0: not sent, for models that refuse it). Must equal the vector index dimension in firestore.indexes.json.',
});

export const knowledgeMaxDistance = defineString('KNOWLEDGE_MAX_DISTANCE', {
  default: '0.6',
  description:
    "Cosine distance (0 to 2) beyond which a passage counts as unrelated to a question: it is left out of the prompt, and a question with no passage nearer is listed as unanswered. Depends on the embedding model (0.6 suits OpenAI's text-embedding-3).",
});

export const sendMessageMinInstances = defineInt('SEND_MESSAGE_MIN_INSTANCES', {
  default: 0,
  description:
    'Instances of sendMessage kept warm, so a visitor never waits for a cold start (seconds); each is billed while idle.',
});

export const sendMessageConcurrency = defineInt('SEND_MESSAGE_CONCURRENCY', {
  default: 80,
  description:
    'Conversations one sendMessage instance serves at once; a reply mostly waits on the model, so one instance carries many.',
});
