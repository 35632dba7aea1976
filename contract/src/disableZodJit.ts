import { z } from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it may, and probes for that on first use. Under a
 * Content-Security-Policy without `unsafe-eval` (the console's, strict host sites') the probe is reported as
 * a violation, and our payloads are far too small for the compiled parsers to matter.
 */
z.config({ jitless: true });
