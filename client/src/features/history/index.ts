// The public entry of history/: a report's or a paper's version history, and the report's button to it.
export { DocumentHistory, type HistoryWording } from "./DocumentHistory.tsx";
export { HistoryButton } from "./HistoryButton.tsx";
export { ReportHistory } from "./ReportHistory.tsx";
