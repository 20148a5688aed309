// The public entry of team/: the Team tab of a review and the team's summary beside the report.
export { TeamSummary } from "./TeamSummary.tsx";
export { TeamTab } from "./TeamTab.tsx";
