/**
 * Imports from one feature folder into another that exist today (issue 14): shared plumbing
 * still living in a feature, and stylesheets borrowed across features. Shrink this list as
 * code moves to client/src/{app,collab,editor,ui}; never grow it without a reason.
 */
export const KNOWN_FEATURE_IMPORTS = [
  "account -> notifications/NotificationSettingsForm",
  "auth -> invitations/InvitationSummary",
  "auth -> invitations/useInvitationPreview",
  "board -> selfAssessment/SelfAssessmentPanel",
  "board -> selfAssessment/useSelfAssessment",
  "overview -> workflow/HostReviewNotice",
  "papers -> comments/PaperComments",
  "papers -> history/DocumentHistory",
  "report -> comments/ReportComments",
  "report -> history/HistoryButton",
  "report -> sidebar/BenchmarkSidebar",
  "report -> workflow/RecommendationDecisions",
  "report -> workflow/ReportWorkflowBar",
  "reviews -> board/BoardPage",
  "reviews -> comments/ReportUnreadBadge",
  "reviews -> history/ReportHistory",
  "reviews -> overview/OverviewTab",
  "reviews -> preparation/PreparationTab",
  "reviews -> programme/ProgrammeTab",
  "reviews -> report/FindingsReport",
  "reviews -> team/TeamSummary",
  "reviews -> team/TeamTab",
  "reviews -> workflow/HostReviewNotice",
  "reviews -> workflow/ReportStatusBadge",
  "sidebar -> comments/FindingReply",
  "sidebar -> comments/useFindingReplies",
  "overview -> wrapUp/WrapUpPanel",
];
