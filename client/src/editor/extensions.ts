import type { Extensions } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import StarterKit from "@tiptap/starter-kit";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { EDITOR_FRAGMENT, type AwarenessUser } from "@review/shared";
import { renderCaret } from "./caret.ts";
import { CommentAnchors } from "./commentAnchors.ts";
import { EmptyDocumentHint, type EmptyDocumentHintOptions } from "./emptyDocumentHint.ts";
import { FactorHighlight } from "./factorHighlight.ts";
import { FactorMark } from "./factorMark.ts";
import { InertLinks, isSafeLinkHref } from "./linkSafety.ts";
import { Recommendation } from "./recommendation.ts";

export type ReportExtensionsOptions = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: AwarenessUser;
  hint: EmptyDocumentHintOptions;
  /** The visible label of a recommendation block, translated. */
  recommendationLabel?: string;
};

/** The extensions of a collaborative report (and, later, a policy paper). */
export function reportExtensions({ doc, provider, user, hint, recommendationLabel }: ReportExtensionsOptions): Extensions {
  return [
    StarterKit.configure({
      // Collaboration brings its own undo, which only undoes this user's changes.
      undoRedo: false,
      // Each client would append its own trailing paragraph on every remote change;
      // in a shared document that duplicates paragraphs and makes readers "write".
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      // Links also arrive through other clients' raw Yjs updates: only http(s) and mailto render.
      link: { isAllowedUri: (url) => isSafeLinkHref(url) },
    }),
    Collaboration.configure({ document: doc, field: EDITOR_FRAGMENT }),
    CollaborationCaret.configure({ provider, user, render: renderCaret }),
    EmptyDocumentHint.configure(hint),
    InertLinks,
    FactorMark,
    FactorHighlight,
    CommentAnchors,
    Recommendation.configure(recommendationLabel ? { label: recommendationLabel } : {}),
  ];
}
