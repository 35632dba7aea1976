export { postAgentReply } from './agent/postAgentReply.ts';
export { setConversationStatus } from './agent/setConversationStatus.ts';
export { sendMessage } from './chat/sendMessage.ts';
export { health } from './health.ts';
export { sweepStaleRepliesSchedule } from './maintenance/sweepStaleRepliesSchedule.ts';
