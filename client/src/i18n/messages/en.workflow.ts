import type { Message } from "../translate.ts";

/** English messages of the report workflow and the host's decisions; spread into the catalogue in en.ts. */
export const workflowMessages = {
  "workflow.status.label": "Report status",
  "workflow.status.draft": "Draft",
  "workflow.status.host_review": "Host review",
  "workflow.status.final": "Final",
  "workflow.status.changed": "Since {date} · set by {name}",
  "workflow.status.changedNoName": "Since {date}",
  "workflow.status.never": "Since the review started",

  "workflow.action.host_review": "Send to host for review",
  "workflow.action.final": "Finalise",
  "workflow.action.draft": "Back to draft",
  "workflow.action.reopen": "Reopen",
  "workflow.action.busy": "Saving…",
  "workflow.actions": "Report workflow actions",

  "workflow.confirm.host_review.title": "Send the draft to the host?",
  "workflow.confirm.host_review.text":
    "Hosts see a notice that the draft findings await their comments. Peers can keep editing; hosts and partners comment but do not edit.",
  "workflow.confirm.final.title": "Finalise the report?",
  "workflow.confirm.final.text":
    "The report becomes read-only for everyone, you included, and a snapshot is kept in the version history. Hosts can then record their decision on each recommendation. You can reopen it later; the reopening is recorded.",
  "workflow.confirm.draft.title": "Move the report back to draft?",
  "workflow.confirm.draft.text": "The host-review notice disappears for hosts. Peers and moderators keep editing as before.",
  "workflow.confirm.reopen.title": "Reopen the final report?",
  "workflow.confirm.reopen.text":
    "The report becomes a draft again and editable by moderators and peers. The reopening is recorded with your name; the final version stays in the history.",
  "workflow.error": "The status could not be changed: {message}",

  "workflow.final.title": "This report is final",
  "workflow.final.text": "It is read-only for everyone. A moderator can reopen it as a draft; the reopening is recorded.",
  "workflow.hostReview.title": "Draft findings await your comments",
  "workflow.hostReview.text": "The review team has sent you the draft findings report. Read it and comment on the passages you want to discuss.",
  "workflow.hostReview.open": "Open the report",
  "workflow.hostReview.team": "The draft is with the host for comments. Peers can keep editing.",

  "workflow.history.toggle": "Status history",
  "workflow.history.empty": "The status has not changed yet.",
  "workflow.history.entry": "{from} → {to}",
  "workflow.history.by": "by {name}",
  "workflow.history.failed": "The history could not be loaded.",

  "workflow.recommendation.label": "Recommendation",
  "workflow.recommendation.toggle": "Mark as recommendation",

  "workflow.decisions.title": "Host's decisions on the recommendations",
  "workflow.decisions.intro": "The project decides how it takes the review's outcomes forward: one decision per recommendation.",
  "workflow.decisions.locked": "Available once the report is final. Recommendations marked in the report appear here.",
  "workflow.decisions.reopened": "The report was reopened. The host's decisions so far are kept and can be changed once it is final again.",
  "workflow.decisions.empty": "The report has no recommendations yet. Mark a paragraph or list item as a recommendation with the toolbar.",
  "workflow.decisions.emptyReader": "The report has no recommendations marked yet.",
  "workflow.decisions.count": { one: "{count} recommendation", other: "{count} recommendations" },
  "workflow.decisions.decided": "{decided} of {count} decided",
  "workflow.decisions.none": "No decision yet",
  "workflow.decisions.legend": "Decision on recommendation {index}",
  "workflow.decisions.take_forward": "Take forward",
  "workflow.decisions.consider": "Consider",
  "workflow.decisions.decline": "Decline",
  "workflow.decisions.note": "Note (optional)",
  "workflow.decisions.noteHint": "Why, who, by when. Up to {max} characters.",
  "workflow.decisions.save": "Save decision",
  "workflow.decisions.clear": "Withdraw",
  "workflow.decisions.change": "Change decision",
  "workflow.decisions.by": "Decided by {name} on {date}",
  "workflow.decisions.unknownPerson": "a former member",
  "workflow.decisions.readOnly": "Hosts and moderators record the decisions; everyone in the review sees them.",
  "workflow.decisions.emptyText": "(empty recommendation)",
  "workflow.decisions.error": "The decision could not be saved: {message}",
} satisfies Record<string, Message>;
