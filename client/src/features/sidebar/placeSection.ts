import type { Node as PMNode } from "@tiptap/pm/model";

/** Where a drafted section goes, and at which heading level. */
export type SectionPlace = { from: number; to: number; level: number };

const HEADING = "heading";
const DEFAULT_LEVEL = 2;

function headingLevel(node: PMNode): number | null {
  return node.type.name === HEADING ? Number(node.attrs.level) || DEFAULT_LEVEL : null;
}

/**
 * The section headed by a heading whose text is one of `headings` (an earlier draft of the
 * same factor): from that heading up to the next heading of the same or a higher level.
 */
export function findSection(doc: PMNode, headings: readonly string[]): SectionPlace | null {
  let found: SectionPlace | null = null;
  let open = false;
  doc.forEach((node, offset) => {
    const level = headingLevel(node);
    if (open && found && level !== null && level <= found.level) {
      found.to = offset;
      open = false;
    } else if (!found && level !== null && headings.includes(node.textContent.trim())) {
      found = { from: offset, to: doc.content.size, level };
      open = true;
    }
  });
  return found;
}

/**
 * Where a new section goes for a caret at `caret`: after the section the caret is in (before
 * the next heading of that section's level or higher), so no section is cut in two; at the
 * level of that section (level 2 under a level-1 title or without headings). An empty report
 * is replaced rather than followed.
 */
export function sectionInsertion(doc: PMNode, caret: number): SectionPlace {
  if (doc.childCount === 1 && doc.textContent === "" && doc.firstChild?.type.name !== HEADING) return { from: 0, to: doc.content.size, level: DEFAULT_LEVEL };
  let level = DEFAULT_LEVEL;
  let caretBlockEnd = doc.content.size;
  let insertAt: number | null = null;
  doc.forEach((node, offset) => {
    const end = offset + node.nodeSize;
    const nodeLevel = headingLevel(node);
    if (end <= caret || (offset < caret && caret <= end)) {
      // At or before the caret's block: the section the caret is in is the last heading seen.
      if (nodeLevel !== null) level = Math.max(DEFAULT_LEVEL, nodeLevel);
      if (offset < caret && caret <= end) caretBlockEnd = end;
      return;
    }
    if (insertAt === null && offset >= caretBlockEnd && nodeLevel !== null && nodeLevel <= level) insertAt = offset;
  });
  const at = insertAt ?? doc.content.size;
  return { from: at, to: at, level };
}
