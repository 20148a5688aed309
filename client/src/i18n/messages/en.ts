import type { Message } from "../translate.ts";
import { apiErrorMessages } from "./en.apiErrors.ts";
import { benchmarksMessages } from "./en.benchmarks.ts";
import { boardMessages } from "./en.board.ts";
import { commentsMessages } from "./en.comments.ts";
import { exportMessages } from "./en.export.ts";
import { historyMessages } from "./en.history.ts";
import { networkMessages } from "./en.network.ts";
import { papersMessages } from "./en.papers.ts";
import { selfMessages } from "./en.self.ts";
import { setupMessages } from "./en.setup.ts";
import { sidebarMessages } from "./en.sidebar.ts";
import { workflowMessages } from "./en.workflow.ts";

/**
 * English, the source catalogue: its keys are the type of every message key.
 * Placeholders are `{name}`; plural entries pick a form by `{count}`.
 */
export const en = {
  ...apiErrorMessages,
  ...benchmarksMessages,
  ...boardMessages,
  ...commentsMessages,
  ...exportMessages,
  ...historyMessages,
  ...networkMessages,
  ...papersMessages,
  ...selfMessages,
  ...setupMessages,
  ...sidebarMessages,
  ...workflowMessages,
  "app.name": "Peer Review Workspace",
  "app.documentTitle": "{page} · Peer Review Workspace",
  "app.loading": "Loading…",
  "app.unavailable": "The workspace could not be reached",

  "common.cancel": "Cancel",
  "common.close": "Close",
  "common.retry": "Try again",

  "error.network": "Could not reach the server. Check your connection and try again.",
  "error.server": "Something went wrong on the server. Please try again in a moment.",
  "error.badResponse": "The server sent an answer this version of the app does not understand. Reload the page to get the latest version.",
  "error.unexpected": "Something unexpected happened. Please try again.",

  "validation.emailRequired": "Enter your email address.",
  "validation.emailInvalid": "Enter a valid email address, like name@example.org.",
  "validation.passwordRequired": "Enter your password.",
  "validation.passwordTooShort": "Use at least {min} characters.",
  "validation.nameRequired": "Enter your name.",
  "validation.tooLong": "Keep this to {max} characters or fewer.",

  "role.moderator": "Moderator",
  "role.peer": "Peer reviewer",
  "role.host": "Host",
  "role.partner": "Partner",
  "role.moderator.description": "Leads the review team, edits the report and manages members.",
  "role.peer.description": "Gathers evidence and co-writes the findings report.",
  "role.host.description": "Works on the reviewed project; reads the report live and comments on the draft.",
  "role.partner.description": "A network member who follows the review live and comments.",

  "shell.skipToContent": "Skip to main content",
  "shell.home": "Peer Review Workspace, go to My reviews",
  "shell.navigation": "Main",
  "shell.signedInAs": "Signed in as {name} ({email})",
  "shell.signOut": "Sign out",

  "language.label": "Language",
  "auth.pitch": "Review teams, hosts and partners co-write peer-review findings in real time, online or offline.",
  "auth.email": "Email address",
  "auth.password": "Password",
  "auth.name": "Full name",
  "auth.signIn.title": "Sign in",
  "auth.signIn.lede": "Welcome back. Sign in to continue with your reviews.",
  "auth.signIn.submit": "Sign in",
  "auth.signIn.submitting": "Signing in…",
  "auth.signIn.noAccount": "New to the workspace?",
  "auth.signIn.toRegister": "Create an account",
  "auth.register.title": "Create your account",
  "auth.register.lede": "Join your learning network's peer reviews.",
  "auth.register.passwordHint": "At least {min} characters. A short sentence is easy to remember.",
  "auth.register.submit": "Create account",
  "auth.register.submitting": "Creating account…",
  "auth.register.haveAccount": "Already have an account?",
  "auth.register.toSignIn": "Sign in",
  "auth.expired.title": "Your session has ended",
  "auth.expired.text": "Sign in again to continue. Changes you made are kept on this device and will be saved once you are back.",
  "auth.demo.title": "Trying the demo?",
  "auth.demo.hint": "Demo: {email} / {password}. The same password works for every demo account:",
  "auth.demo.use": "Fill in the demo account {email} ({role})",

  "notFound.title": "Page not found",
  "notFound.text": "There is nothing at this address. It may have moved, or the link may be incomplete.",
  "notFound.home": "Go to My reviews",

  "reviews.list.title": "My reviews",
  "reviews.list.lede": "Peer reviews you take part in, newest first.",
  "reviews.list.new": "New review",
  "reviews.list.loading": "Loading your reviews…",
  "reviews.list.failed": "Your reviews could not be loaded",
  "reviews.list.count": { one: "{count} review", other: "{count} reviews" },
  "reviews.card.hostProject": "Host project:",
  "reviews.card.yourRole": "Your role:",
  "reviews.card.created": "Created {date}",
  "reviews.empty.title": "No reviews yet",
  "reviews.empty.text": "Start a review to draft its findings report together with your team. You can add members once it exists.",
  "reviews.new.title": "New review",
  "reviews.new.description": "You will be the review's moderator and can add the team afterwards.",
  "reviews.new.titleLabel": "Title",
  "reviews.new.titleHint": "For example: Peer review of Pathways to Work, spring 2026",
  "reviews.new.titleRequired": "Give the review a title.",
  "reviews.new.hostProjectLabel": "Host project",
  "reviews.new.hostProjectHint": "The project being reviewed, and where it runs.",
  "reviews.new.hostProjectRequired": "Name the host project.",
  "reviews.new.submit": "Create review",
  "reviews.new.submitting": "Creating…",

  "review.back": "Back to My reviews",
  "review.loading": "Loading the review…",
  "review.failed": "This review could not be loaded",
  "review.notFound.title": "Review not found",
  "review.notFound.text": "This review does not exist, or you are not a member of it. Ask its moderator to add you.",
  "review.breadcrumb": "Breadcrumb",
  "review.hostProject": "Host project: {project}",
  "review.facts": "About this review",
  "review.sidebar": "Review team",

  "members.title": "Members",
  "members.count": { one: "{count} member", other: "{count} members" },
  "members.you": "(you)",
  "members.add.title": "Add a member",
  "members.add.email": "Email address",
  "members.add.role": "Role",
  "members.add.submit": "Add member",
  "members.add.submitting": "Adding…",
  "members.add.done": "Done: {email} is on the team as {role} if they have an account here; if not, an invitation for that address is now listed under Invitations. Send them its link.",

  "report.title": "Findings report",
  "report.loading": "Opening the report…",
  "report.readOnly.title": "You are reading this report",
  "report.readOnly.host":
    "As a host in this review you can follow the report live as the peer team writes it, and comment on it: select a passage and choose Comment. Only the moderator and peer reviewers edit the text.",
  "report.readOnly.partner":
    "As a partner in this review you can follow the report live and comment on it: select a passage and choose Comment. Only the moderator and peer reviewers edit the text.",
  "report.readOnly.other": "Your role in this review lets you read the report live but not edit it.",
  "report.writeRejected.title": "Your changes were not accepted",
  "report.writeRejected.text":
    "The server only lets you read this report, so changes made here will not reach the others. Reload the page to see the current text.",
  "report.closed.forbidden.title": "You no longer have access to this report",
  "report.closed.forbidden.text": "The server closed the connection. Ask the review's moderator to check your membership, then reload the page.",
  "report.closed.notFound.title": "This report could not be found",
  "report.closed.notFound.text": "The server does not know this document. It may have been removed.",

  "collab.status.connecting": "Connecting…",
  "collab.status.connecting.detail": "Opening a live connection to the report.",
  "collab.status.syncing": "Syncing…",
  "collab.status.syncing.detail": "Sending your latest changes and waiting for the server to confirm they are saved.",
  "collab.status.saved": "Saved",
  "collab.status.saved.detail": "All your changes are saved on the server and shared with everyone.",
  "collab.status.live": "Live",
  "collab.status.live.detail": "Connected: you see every change as it is made.",
  "collab.status.reconnecting": "Reconnecting…",
  "collab.status.reconnecting.detail": "The connection dropped. Keep working: your changes are kept and sent when it returns.",
  "collab.status.offline": "Offline — changes kept on this device",
  "collab.status.offline.detail":
    "The server cannot be reached. Your changes are stored in this browser and merge with everyone else's when you reconnect.",
  "collab.status.signedOut": "Signed out",
  "collab.status.signedOut.detail": "Your session has ended. Sign in again to continue.",
  "collab.status.forbidden": "No access",
  "collab.status.forbidden.detail": "The server refused this document for your account.",
  "collab.status.notFound": "Unavailable",
  "collab.status.notFound.detail": "The server does not know this document.",
  "collab.status.tooManyConnections": "Too many open tabs",
  "collab.status.tooManyConnections.detail":
    "Your account has too many live connections open (other tabs, windows or devices). Close some of them; this page reconnects on its own.",
  "collab.status.slowedDown": "Paused — too much at once",
  "collab.status.slowedDown.detail":
    "You sent more changes in a short time than the server accepts. Your changes are kept on this device and sent again in a moment.",
  "collab.status.tooLarge": "Change too large to save",
  "collab.status.tooLarge.detail":
    "Your last change is too large for the server to save (for example a very long paste). Undo it or add it in smaller parts, then reload the page.",

  "presence.label": { one: "{count} person in this report", other: "{count} people in this report" },
  "presence.self": "{name} (you), {role}",
  "presence.other": "{name}, {role}",
  "presence.more": { one: "{count} more: {names}", other: "{count} more: {names}" },

  "editor.toolbar.label": "Formatting",
  "editor.toolbar.withShortcut": "{label} ({shortcut})",
  "editor.toolbar.undo": "Undo",
  "editor.toolbar.redo": "Redo",
  "editor.toolbar.heading1": "Heading 1",
  "editor.toolbar.heading2": "Heading 2",
  "editor.toolbar.heading3": "Heading 3",
  "editor.toolbar.heading1.short": "H1",
  "editor.toolbar.heading2.short": "H2",
  "editor.toolbar.heading3.short": "H3",
  "editor.toolbar.bold": "Bold",
  "editor.toolbar.italic": "Italic",
  "editor.toolbar.bulletList": "Bulleted list",
  "editor.toolbar.orderedList": "Numbered list",
  "editor.toolbar.blockquote": "Quote",
  "editor.empty.editable":
    "Start the findings report: a section per critical factor with the evidence and your rating, then conclusions and recommendations.",
  "editor.empty.readOnly": "Nothing has been written yet. The report appears here, live, as the review team writes it.",
  "editor.wordCount": { one: "{count} word", other: "{count} words" },
  "editor.toolbarTip": "Alt+F10 moves to the toolbar",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, Message>;
