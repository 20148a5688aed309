// The public entry of comments/: the threads beside a report or a paper, the unread count on the report tab,
// the host's replies to findings in the benchmark sidebar.
export { FindingReplyBadge, FindingReplyEditor } from "./FindingReply.tsx";
export { PaperCommentMargin, PaperCommentsAside, usePaperComments } from "./PaperComments.tsx";
export { ReportCommentMargin, ReportCommentsAside, useReportComments } from "./ReportComments.tsx";
export { ReportUnreadBadge } from "./ReportUnreadBadge.tsx";
export type { FindingReplies } from "./useFindingReplies.ts";
