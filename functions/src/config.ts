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
