import * as prng from "lib0/prng";
import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";

/** The shared state the convergence test compares: the report fragment and one map. */
export function contentOf(doc: Y.Doc): string {
  const meta = Object.entries(doc.getMap("meta").toJSON()).sort(([a], [b]) => a.localeCompare(b));
  return `${doc.getXmlFragment(EDITOR_FRAGMENT).toString()}\n${JSON.stringify(meta)}`;
}

function paragraphText(paragraph: Y.XmlElement): Y.XmlText | null {
  const first = paragraph.get(0);
  return first instanceof Y.XmlText ? first : null;
}

/**
 * One random edit of the kind an editor makes: insert a paragraph, type or delete
 * in one, format a range, remove a paragraph, or set a map key.
 */
export function randomEdit(doc: Y.Doc, gen: prng.PRNG, tag: string): void {
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  const length = fragment.length;
  const pick = prng.int32(gen, 0, 9);
  if (length === 0 || pick <= 1) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(`${tag} `)]);
    fragment.insert(prng.int32(gen, 0, length), [paragraph]);
    return;
  }
  const paragraph = fragment.get(prng.int32(gen, 0, length - 1));
  if (!(paragraph instanceof Y.XmlElement)) return;
  const text = paragraphText(paragraph);
  switch (pick) {
    case 2:
      if (length > 3) fragment.delete(prng.int32(gen, 0, length - 1), 1);
      return;
    case 3:
      doc.getMap("meta").set(prng.oneOf(gen, ["status", "owner", "due"]), `${tag}:${prng.word(gen, 1, 6)}`);
      return;
    case 4:
      if (text && text.length > 1) {
        const from = prng.int32(gen, 0, text.length - 1);
        text.delete(from, prng.int32(gen, 1, Math.min(5, text.length - from)));
      }
      return;
    case 5:
      if (text && text.length > 1) {
        const from = prng.int32(gen, 0, text.length - 1);
        text.format(from, prng.int32(gen, 1, text.length - from), { bold: prng.bool(gen) ? true : null });
      }
      return;
    case 6:
      paragraph.setAttribute("textAlign", prng.oneOf(gen, ["left", "center", "right"]));
      return;
    default:
      text?.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 8));
  }
}
