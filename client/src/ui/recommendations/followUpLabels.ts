import type { FollowUpStatus, RecommendationActor } from "@review/shared";
import type { MessageKey } from "../../i18n/messages/en.ts";

export const ACTOR_LABEL: Record<RecommendationActor, MessageKey> = {
  european_commission: "workflow.actor.european_commission",
  managing_authorities: "workflow.actor.managing_authorities",
  national_regional_authorities: "workflow.actor.national_regional_authorities",
  local_authorities: "workflow.actor.local_authorities",
  employers_bodies: "workflow.actor.employers_bodies",
  ngos: "workflow.actor.ngos",
  skills_bodies: "workflow.actor.skills_bodies",
  projects: "workflow.actor.projects",
};

export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, MessageKey> = {
  proposed: "workflow.followUp.status.proposed",
  accepted: "workflow.followUp.status.accepted",
  in_progress: "workflow.followUp.status.in_progress",
  done: "workflow.followUp.status.done",
  declined: "workflow.followUp.status.declined",
};

export const FOLLOW_UP_TONE: Record<FollowUpStatus, "neutral" | "info" | "warning" | "success" | "danger"> = {
  proposed: "neutral",
  accepted: "info",
  in_progress: "warning",
  done: "success",
  declined: "danger",
};
