// The public entry of selfAssessment/: the host's self-assessment, opened and shown on the board.
export { SelfAssessmentPanel } from "./SelfAssessmentPanel.tsx";
export { useSelfAssessment, type SelfEnv } from "./useSelfAssessment.ts";
