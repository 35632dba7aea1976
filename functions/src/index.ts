export { sendMessage } from './chat/sendMessage.ts';
