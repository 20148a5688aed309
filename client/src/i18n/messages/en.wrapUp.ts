import type { Message } from "../translate.ts";

/** English messages of the visit's daily wrap-up and the feedback to the host; spread into the catalogue in en.ts. */
export const wrapUpMessages = {
  "wrapUp.title": "Daily wrap-up",
  "wrapUp.intro": "At the end of each visit day the team records a provisional rating per factor. The last column is the final team rating.",
  "wrapUp.noVisit": "Set the visit dates to record the daily wrap-up.",
  "wrapUp.matrix": "Provisional ratings per factor and visit day",
  "wrapUp.factor": "Factor",
  "wrapUp.day": "Day {number}",
  "wrapUp.final": "Team rating",
  "wrapUp.cellLabel": "Factor {factor}, day {day}",
  "wrapUp.changed": "changed since day {day}",
  "wrapUp.rating.none": "None",
  "wrapUp.rating.wholly": "Wholly matched",
  "wrapUp.rating.partly": "Partly matched",
  "wrapUp.rating.not": "Not matched",
  "wrapUp.feedback.title": "Feedback to the host",
  "wrapUp.feedback.none": "No feedback to the host recorded yet.",
  "wrapUp.feedback.meta": "Given on {date}; present: {present}",
  "wrapUp.feedback.text": "What was said to the host",
  "wrapUp.feedback.date": "Date",
  "wrapUp.feedback.present": "Who was present",
  "wrapUp.feedback.save": "Save feedback",
  "wrapUp.feedback.saved": "Feedback saved",
} satisfies Record<string, Message>;
