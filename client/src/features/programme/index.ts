// The public entry of programme/: the Programme tab of a review (loaded on demand).
export { ProgrammeTab } from "./ProgrammeTab.tsx";
