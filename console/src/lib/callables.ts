import type {
  CancelBookingRequest,
  CancelBookingResponse,
  CreateBotRequest,
  CreateBotResponse,
  CreateTenantRequest,
  CreateTenantResponse,
  DeleteConversationRequest,
  ExportConversationRequest,
  ExportConversationResponse,
  InviteMemberRequest,
  ListTenantsResponse,
  MarkConversationReadRequest,
  PostAgentReplyRequest,
  PostAgentReplyResponse,
  RevokeInviteRequest,
  SaveAvailabilityRequest,
  SetBotSuspendedRequest,
  SetConversationStatusRequest,
  SetConversationStatusResponse,
  SetMemberRoleRequest,
  SetRetentionRequest,
  UpdateBotRequest,
  UpdateBotSettingsRequest,
  WhoAmIResponse,
} from '@frontdesk/contract';
import { httpsCallable } from 'firebase/functions';
import { functions } from './firebase.ts';

/** Request and response types of every callable the console uses, by function name. */
interface Callables {
  whoAmI: [Record<string, never>, WhoAmIResponse];
  createTenant: [CreateTenantRequest, CreateTenantResponse];
  createBot: [CreateBotRequest, CreateBotResponse];
  updateBot: [UpdateBotRequest, unknown];
  updateBotSettings: [UpdateBotSettingsRequest, unknown];
  saveAvailability: [SaveAvailabilityRequest, unknown];
  inviteMember: [InviteMemberRequest, unknown];
  revokeInvite: [RevokeInviteRequest, unknown];
  setMemberRole: [SetMemberRoleRequest, unknown];
  setRetention: [SetRetentionRequest, unknown];
  markConversationRead: [MarkConversationReadRequest, unknown];
  exportConversation: [ExportConversationRequest, ExportConversationResponse];
  deleteConversation: [DeleteConversationRequest, unknown];
  listTenants: [Record<string, never>, ListTenantsResponse];
  setBotSuspended: [SetBotSuspendedRequest, unknown];
  postAgentReply: [PostAgentReplyRequest, PostAgentReplyResponse];
  setConversationStatus: [SetConversationStatusRequest, SetConversationStatusResponse];
  cancelBooking: [CancelBookingRequest, CancelBookingResponse];
}
export type CallableName = keyof Callables;

/** Calls a callable by name; failures reject with the SDK's FunctionsError (see describeCallError). */
export async function call<Name extends CallableName>(
  name: Name,
  data: Callables[Name][0],
): Promise<Callables[Name][1]> {
  const callable = httpsCallable<Callables[Name][0], Callables[Name][1]>(functions, name);
  return (await callable(data)).data;
}
