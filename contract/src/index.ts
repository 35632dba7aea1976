import './disableZodJit.ts';

export * from './agentCalls.ts';
export * from './audit.ts';
export * from './availability.ts';
export * from './booking.ts';
export * from './botSettings.ts';
export * from './callables.ts';
export * from './consoleCalls.ts';
export * from './counters.ts';
export * from './documents.ts';
export * from './errors.ts';
export * from './formatZodError.ts';
export * from './mail.ts';
export * from './messageIds.ts';
export * from './oneLineText.ts';
export * from './paths.ts';
export * from './sendMessage.ts';
export * from './validationMessages.ts';
