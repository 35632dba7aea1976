/** What sending a question needs beyond the chat's first paint: one chunk, loaded while the chat signs in. */
export { readEventStream } from './readEventStream.ts';
export { visitorContext } from './visitorContext.ts';
