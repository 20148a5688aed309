import * as Y from "yjs";
import { z } from "zod";
import { EDITOR_FRAGMENT } from "@review/shared";

/** How a block of the report reads: its role in the text, not its exact markup. */
export type BlockKind = "heading1" | "heading2" | "heading3" | "paragraph" | "bullet" | "numbered" | "quote" | "code" | "rule";

/** One block of text of a report, as compared between versions. */
export type ReportBlock = { kind: BlockKind; text: string };

const headingLevelSchema = z.coerce.number().int().min(1).max(3).catch(1);

/** A Y.Doc holding a version's (or the live report's) base64 Yjs update; the caller destroys it. */
export function docFromBase64(update: string): Y.Doc {
  const doc = new Y.Doc();
  const bytes = Uint8Array.from(atob(update), (char) => char.charCodeAt(0));
  Y.applyUpdate(doc, bytes);
  return doc;
}

/** The text of an inline run: text nodes, with hard breaks as line breaks. Only strings are read. */
function inlineText(nodes: (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): string {
  let text = "";
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert?: unknown }[]) if (typeof op.insert === "string") text += op.insert;
    } else if (node instanceof Y.XmlElement) {
      text += node.nodeName === "hardBreak" ? "\n" : inlineText(node.toArray());
    }
  }
  return text;
}

function collect(nodes: (Y.XmlElement | Y.XmlText | Y.XmlHook)[], inherited: BlockKind | null, out: ReportBlock[]): void {
  for (const node of nodes) {
    if (!(node instanceof Y.XmlElement)) continue;
    switch (node.nodeName) {
      case "heading":
        out.push({ kind: `heading${headingLevelSchema.parse(node.getAttribute("level"))}` as BlockKind, text: inlineText(node.toArray()) });
        break;
      case "paragraph":
        out.push({ kind: inherited ?? "paragraph", text: inlineText(node.toArray()) });
        break;
      case "codeBlock":
        out.push({ kind: "code", text: inlineText(node.toArray()) });
        break;
      case "horizontalRule":
        out.push({ kind: "rule", text: "" });
        break;
      case "bulletList":
        collectItems(node, "bullet", out);
        break;
      case "orderedList":
        collectItems(node, "numbered", out);
        break;
      case "blockquote":
        collect(node.toArray(), "quote", out);
        break;
      default:
        // An unknown block still counts by its text, so a change to it is not lost.
        out.push({ kind: inherited ?? "paragraph", text: inlineText(node.toArray()) });
    }
  }
}

/** List items: the first paragraph of each is the item; nested lists follow as their own items. */
function collectItems(list: Y.XmlElement, kind: BlockKind, out: ReportBlock[]): void {
  for (const item of list.toArray()) {
    if (!(item instanceof Y.XmlElement)) continue;
    collect(item.toArray(), kind, out);
  }
}

/** The report's blocks in reading order (lists and quotes flattened into their paragraphs). */
export function reportBlocks(doc: Y.Doc): ReportBlock[] {
  const out: ReportBlock[] = [];
  collect(doc.getXmlFragment(EDITOR_FRAGMENT).toArray(), null, out);
  return out;
}
