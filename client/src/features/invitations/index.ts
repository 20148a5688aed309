// The public entry of invitations/: what other features compose (registering through an invitation).
export { InvitationSummary } from "./InvitationSummary.tsx";
export { useInvitationPreview } from "./useInvitationPreview.ts";
