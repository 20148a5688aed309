import type { Extensions } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import Link from "@tiptap/extension-link";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { EDITOR_FRAGMENT, type AwarenessUser } from "@review/shared";
import { CommentAnchors } from "./commentAnchors.ts";
import { EmptyDocumentHint, type EmptyDocumentHintOptions } from "./emptyDocumentHint.ts";
import { FactorHighlight } from "./factorHighlight.ts";
import { FactorMark } from "./factorMark.ts";
import { ReportImage } from "./image.ts";
import { ImageUpload, type ImageUploadOptions } from "./imageUpload.ts";
import { InsertShortcuts } from "./insertShortcuts.ts";
import { InertLinks, isSafeLinkHref } from "./linkSafety.ts";
import { OffscreenBlocks } from "./offscreenBlocks.ts";
import { Recommendation } from "./recommendation.ts";
import { RemoteCarets } from "./remoteCarets.ts";
import { UnreadSelectionGuard } from "./unreadSelectionGuard.ts";
import { RemoteChangeScroll } from "./remoteChangeScroll.ts";
import { ParagraphAfterPastedTable } from "./tablePaste.ts";

export type ReportExtensionsOptions = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: AwarenessUser;
  hint: EmptyDocumentHintOptions;
  /** The visible label of a recommendation block, translated. */
  recommendationLabel?: string;
  /** Where pasted and dropped images go (writers only). */
  images?: ImageUploadOptions;
  /** The Y.XmlFragment the editor binds to (default: the report's `content`). */
  field?: string;
};

/** The extensions of a collaborative report (and, later, a policy paper). */
export function reportExtensions({ doc, provider, user, hint, recommendationLabel, images, field = EDITOR_FRAGMENT }: ReportExtensionsOptions): Extensions {
  return [
    StarterKit.configure({
      // Collaboration brings its own undo, which only undoes this user's changes.
      undoRedo: false,
      // Each client would append its own trailing paragraph on every remote change;
      // in a shared document that duplicates paragraphs and makes readers "write".
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: false,
    }),
    // Links also arrive through other clients' raw Yjs updates: only http(s) and mailto render.
    // Typing after a link does not extend it (as in word processors), even with autolink on.
    Link.extend({ inclusive: () => false }).configure({ isAllowedUri: (url) => isSafeLinkHref(url) }),
    Collaboration.configure({ document: doc, field }),
    UnreadSelectionGuard,
    RemoteCarets.configure({ awareness: provider.awareness, user }),
    RemoteChangeScroll,
    EmptyDocumentHint.configure(hint),
    InertLinks,
    FactorMark,
    FactorHighlight,
    CommentAnchors,
    Recommendation.configure(recommendationLabel ? { label: recommendationLabel } : {}),
    ReportImage,
    ImageUpload.configure(images ?? {}),
    // Tables (pasted ones keep their rows and cells); column widths follow the text.
    TableKit.configure({ table: { resizable: false } }),
    ParagraphAfterPastedTable,
    InsertShortcuts,
    OffscreenBlocks,
  ];
}
