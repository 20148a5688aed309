import { EDITOR_FRAGMENT, type AwarenessUser, type DocumentAccess } from "@review/shared";
import type * as Y from "yjs";
import { useDocumentSession, type DocumentSession } from "./useDocumentSession.ts";

export type EditorDocument = DocumentSession;

const hasText = (doc: Y.Doc) => doc.getXmlFragment(EDITOR_FRAGMENT).length > 0;

/** A rich-text document (a report or a paper) as its page needs it. */
export function useEditorDocument(docName: string, user: AwarenessUser, access: DocumentAccess, diagnose: () => Promise<number | null>): EditorDocument {
  return useDocumentSession({ docName, user, access, diagnose, hasContent: hasText });
}
