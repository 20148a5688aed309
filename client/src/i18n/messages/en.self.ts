import type { Message } from "../translate.ts";

/** English messages of the host self-assessment (`review:<id>:self`); spread into the catalogue in en.ts. */
export const selfMessages = {
  "self.title": "Host self-assessment",
  "self.lede": "How the host project rates itself on this factor, and the evidence it offers the team.",
  "self.editable": "You can edit this",
  "self.readOnlyBadge": "Read only",
  "self.loading": "Opening the self-assessment…",
  "self.readOnly.peer": "Only the hosts and the moderator write the self-assessment. You see it live as they write it.",
  "self.readOnly.partner": "Only the hosts and the moderator write the self-assessment. You follow it live.",
  "self.readOnly.other": "Your role lets you read the self-assessment but not change it.",
  "self.writeRejected.title": "Your self-assessment changes were not accepted",
  "self.writeRejected.text": "The server refused them, probably because your role in this review changed. Reload the page to see the current state.",

  "self.rating.label": "Host's rating",
  "self.rating.mine": "Your rating",
  "self.rating.none": "The host has not rated this factor yet.",
  "self.rating.set": "Host rating set to {rating}",
  "self.rating.cleared": "Host rating cleared",

  "self.compare.title": "Host and team",
  "self.compare.differs": "The host rates this {self}; the team {team}.",
  "self.compare.higher": "The host rates the project higher than the team does.",
  "self.compare.lower": "The host rates the project lower than the team does.",
  "self.compare.same": "The host and the team agree: {rating}.",
  "self.compare.noTeam": "The host rates this {self}; the team has not recorded a rating yet.",
  "self.compare.noSelf": "The team rates this {team}; the host has not rated it yet.",

  "self.note.label": "Host's note",
  "self.note.hint": "Saved as you type and shared live; others writing at the same time keep their words. Up to {max} characters.",
  "self.note.none": "No note yet.",

  "self.evidence.title": "Evidence the host offers",
  "self.evidence.none": "No evidence offered yet.",
  "self.evidence.text": "What the host offers",
  "self.evidence.textHint": "A document, a contact, a place to visit… up to {max} characters.",
  "self.evidence.link": "Link (optional)",
  "self.evidence.linkHint": "A web address starting with https:// or http://",
  "self.evidence.add": "Offer evidence",
  "self.evidence.remove": "Remove",
  "self.evidence.removeLabel": "Remove offered evidence: {text}",
  "self.evidence.added": "Evidence offered",
  "self.evidence.removed": "Offered evidence removed",
  "self.evidence.textRequired": "Describe the evidence.",
  "self.evidence.linkInvalid": "Use a web address starting with http:// or https://",

  "self.updated": "Last changed by {name} on {date}",

  "self.banner.title": "The board is read-only for you; your self-assessment is not",
  "self.banner.factor": "Rate this factor yourself, add a note and offer evidence in the self-assessment panel below the team rating.",
  "self.banner.factorLink": "Go to your self-assessment",
  "self.banner.overview": "Open a factor to enter your self-assessment. Where your rating differs from the team's, the factor card shows it.",

  "self.marker": "Host: {rating}",
} satisfies Record<`self.${string}`, Message>;
