import { z } from "zod";

/**
 * Why a request was refused, for people: a stable id per sentence, with the English
 * sentence the server sends as `message`. The client shows the sentence of its own
 * catalogue for the id (so a German user reads German) and falls back to `message`
 * when it does not know the id. Refusals only a crafted request can meet (zod
 * details, malformed ids) carry no reason.
 */
export const ERROR_REASONS = {
  review_not_found: "Review not found",
  version_not_found: "Version not found",
  paper_not_found: "Policy paper not found",
  benchmark_not_found: "Benchmark not found",
  account_not_found: "No such account",
  thread_not_found: "This thread no longer exists",
  comment_not_found: "This comment no longer exists",
  endpoint_not_found: "No such API endpoint",
  factor_not_in_review: "This review does not assess that factor",
  not_a_member: "This person is not a member of the review",
  invitation_invalid: "This invitation is not valid: it was used, withdrawn or has expired. Ask the moderator for a new one.",
  invitation_not_open: "No open invitation with this id",
  invitation_for_other_email: "This invitation is for {email}. Sign in with that address to accept it.",
  registration_invitation_only: "Registration on this network is by invitation only. Open the invitation link you received.",
  registration_for_other_email: "This invitation is for {email}; register with that address",
  registration_refused:
    "We could not create this account. If you have an account, sign in instead; if you came with an invitation, it may have been used, withdrawn or have expired: ask for a new one.",
  invalid_credentials: "Email or password is incorrect",
  too_many_sign_ins: "Too many sign-in attempts. Wait a few minutes and try again.",
  too_many_registrations: "Too many registration attempts. Wait a few minutes and try again.",
  too_many_comment_changes: "Too many comment changes at once. Wait a minute and try again.",
  moderator_only: "Only a moderator of this review can do this",
  moderator_records_ratings: "Only a moderator of this review records team ratings",
  moderator_withdraws_ratings: "Only a moderator of this review withdraws team ratings",
  team_votes: "Only the review team (moderators and peers) votes on factors",
  team_keeps_versions: "Only the moderator and peers may name or restore versions of the report",
  role_may_not_comment: "Your role may not comment on this review",
  only_author_changes_comment: "Only its author may change a comment",
  network_creates_reviews: "Only network moderators and administrators can create reviews",
  network_manages_accounts: "Only administrators manage the network's accounts",
  network_manages_benchmarks: "Only network administrators and network moderators can manage benchmarks",
  network_creates_papers: "Only network moderators and administrators can create policy papers",
  no_longer_administrator: "You are no longer an administrator",
  paper_authors_chosen_by_creator: "Only the paper's creator and administrators choose its authors",
  paper_changed_by_authors: "Only this paper's authors, network moderators and administrators can change it",
  paper_author_exists: "This account already authors the paper",
  paper_creator_stays_author: "The paper's creator is always one of its authors",
  not_paper_author: "This account does not author the paper",
  member_exists: "This person is already a member; change their role in the member list",
  last_moderator: "A review needs at least one moderator: make someone else moderator first",
  last_administrator: "The network needs at least one administrator: make someone else administrator first",
  cites_elsewhere: "Some cited cards are not on this factor any more; choose the evidence again",
  status_unchanged: "The report already has this status",
  status_transition_refused: "The report's status cannot change this way",
  status_changed_meanwhile: "Someone else changed the report's status just now; reload to see it",
  paper_status_unchanged: "The paper already has this status",
  paper_status_transition_refused: "The paper's status cannot change this way",
  paper_status_changed_meanwhile: "Someone else changed the paper's status just now; reload to see it",
  paper_published_no_restore: "The paper is published; reopen it as a draft before restoring a version",
  paper_versions_by_writers: "Only the paper's writers can name or restore its versions",
  recommendation_not_found: "This recommendation is no longer in the report",
  recommendation_addressed_by_team: "Only the review team (moderators and peers) chooses who a recommendation is addressed to",
  follow_up_by_team_and_host: "Only the review team and the host record the follow-up of recommendations",
  follow_up_after_final: "Recommendations are followed up once the report is final",
  paper_recommendation_not_found: "This recommendation is no longer in the paper",
  paper_recommendations_by_writers: "Only the paper's writers (its authors, network moderators and administrators) address and follow up its recommendations",
  paper_follow_up_after_published: "A paper's recommendations are followed up once the paper is published",
  round_not_on_benchmark: "Choose an earlier review on the same benchmark",
  round_loop: "That review is a later round of this one",
  moderator_manages_projects: "Only a moderator of this review adds, renames or removes host projects",
  project_not_found: "This host project is not part of the review",
  too_many_projects: "A review covers at most {max} host projects",
  project_name_taken: "The review already has a host project with this name",
  first_project_stays: "The first host project is the review's own; rename it instead",
  project_has_ratings: "This host project has team ratings; withdraw them before removing it",
  participant_names_by_moderators: "Only the review's moderators see and keep the real names of pseudonymised participants",
  team_records_wrap_up: "Only the review team (moderators and peers) records the daily wrap-up",
  moderator_changes_past_days: "Only a moderator changes the wrap-up of a visit day that is over",
  moderator_records_visit_feedback: "Only a moderator records the feedback given to the host",
  day_outside_visit: "That day is not a day of this review's visit",
  network_pools_evidence: "Only network moderators and administrators read the evidence pooled across reviews",
  factor_not_in_benchmark: "This benchmark has no such factor",
  report_final_no_restore: "The report is final; reopen it as a draft before restoring a version",
  report_final_no_suggestion: "The report is final; reopen it as a draft before suggesting or accepting edits",
  team_decides_suggestions: "Only the moderator and peers may accept or reject suggested edits",
  suggestion_outdated: "The passage has changed since this edit was suggested; edit the report by hand or suggest again",
  suggestion_spans_formatting: "This suggestion covers text with different formatting or several paragraphs; edit the report by hand",
  suggestion_decided: "This suggestion was already accepted or rejected",
  benchmark_version_exists: "Benchmark \"{id}\" already has a version \"{version}\"; versions are immutable: raise the version",
  benchmark_newer_version: "Benchmark \"{id}\" has a newer version \"{newest}\" than \"{base}\": reload it first",
  origin_refused: "Requests from this origin are not allowed",
  address_has_nul: "The address must not contain the character U+0000",
  body_not_json: "The request body is not valid JSON",
  body_too_large: "Request bodies are limited to {kib} KiB",
  image_too_large: "Images are limited to {mib} MB; make this one smaller and try again",
  image_type_unsupported: "Only PNG, JPEG, GIF and WebP images can be added",
  image_empty: "The image is empty",
  image_not_found: "Image not found",
  too_many_images: "Too many images added at once. Wait a few minutes and try again.",
  current_password_wrong: "The current password is not correct",
  too_many_password_changes: "Too many attempts to change the password. Wait a few minutes and try again.",
  reset_link_invalid: "This link to set a new password is not valid any more: it was used or has expired. Ask an administrator for a new one.",
  account_deactivated: "This account has been deactivated. Ask an administrator of the network.",
  deactivate_self: "You cannot deactivate your own account",
  deactivate_administrator: "Make this administrator a member first; administrators cannot be deactivated",
  document_read_only: "You can read this document but not add to it",
  server_failed: "Something went wrong on the server",
} as const;

export type ErrorReason = keyof typeof ERROR_REASONS;
export type ErrorParams = Readonly<Record<string, string | number>>;

export function isErrorReason(value: string): value is ErrorReason {
  return Object.hasOwn(ERROR_REASONS, value);
}

/** The English sentence for `reason`, with `{name}` placeholders filled from `params`. */
export function errorReasonText(reason: ErrorReason, params: ErrorParams = {}): string {
  return ERROR_REASONS[reason].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

export const errorParamsSchema = z.record(z.string().max(64), z.union([z.string().max(500), z.number()]));
