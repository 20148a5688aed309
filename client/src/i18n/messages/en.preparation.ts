import type { Message } from "../translate.ts";

/** English messages of the review's preparation (`review:<id>:brief`); spread into the catalogue in en.ts. */
export const preparationMessages = {
  "reviewNav.preparation": "Preparation",
  "team.document.brief": "project report and baseline context",
  "preparation.title": "Preparation",
  "preparation.intro": "Before the visit, the host describes the project and its baseline context here; the team reads it to prepare.",
  "preparation.loading": "Loading the host's documents…",
  "preparation.readOnly.title": "Read only",
  "preparation.readOnly.text": "The host and the review's moderators write these documents; you can read them as they change.",
  "preparation.projectReport.title": "Short project report",
  "preparation.projectReport.empty.editable": "Describe the project for the visiting team: its aims, activities and who it serves.",
  "preparation.projectReport.empty.readOnly": "The host has not written the project report yet.",
  "preparation.baselineContext.title": "Baseline context",
  "preparation.baselineContext.sectionsIntro": "Cover these sections:",
  "preparation.baselineContext.section.migrantPopulation": "Migrant population",
  "preparation.baselineContext.section.policies": "Policies",
  "preparation.baselineContext.section.equalitiesLegislation": "Equalities legislation",
  "preparation.baselineContext.section.funding": "Funding",
  "preparation.baselineContext.section.strategies": "Strategies",
  "preparation.baselineContext.empty.editable": "Describe the baseline context, one heading per section.",
  "preparation.baselineContext.empty.readOnly": "The host has not described the baseline context yet.",
} satisfies Record<string, Message>;
