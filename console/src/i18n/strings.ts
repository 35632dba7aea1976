import { en } from './en.ts';

/** The console's UI strings. English only for now; a second language is one more module like en.ts. */
export const t = en;
