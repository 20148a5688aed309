import * as Y from "yjs";
import { decodeAnchor, resolveInTree } from "./anchor.ts";
import { CommentError } from "./errors.ts";
import type { CommentAnchor } from "./schema.ts";
import type { Suggestion } from "./suggestion.ts";

type Run = { start: number; end: number; text: string | null; attributes: Record<string, unknown> | undefined };

/** The text's runs (stretches of one formatting); embeds count one place and hold no text. */
function runsOf(text: Y.XmlText): Run[] {
  const runs: Run[] = [];
  let offset = 0;
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const value = typeof op.insert === "string" ? op.insert : null;
    const length = value === null ? 1 : value.length;
    runs.push({ start: offset, end: offset + length, text: value, attributes: op.attributes });
    offset += length;
  }
  return runs;
}

function plainText(runs: Run[]): string {
  return runs.map((run) => run.text ?? "\uFFFC").join("");
}

const outdated = () => new CommentError("suggestion_outdated", "The passage has changed since the suggestion was made");
const spans = () => new CommentError("suggestion_spans_formatting", "The passage spans formatting or paragraphs; edit it by hand");

/**
 * Applies a suggested edit to an editor fragment (a report's `content`): the anchored passage
 * must still read exactly as the suggestion's quote (else `suggestion_outdated`) and lie within
 * one run of text of one formatting (else `suggestion_spans_formatting`); it is replaced by the
 * replacement in that run's formatting. Call inside the caller's transaction; nothing changes
 * when it throws.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- either root type (see resolveInTree)
export function applySuggestion(doc: Y.Doc, root: Y.AbstractType<any>, anchor: CommentAnchor, suggestion: Suggestion): void {
  const decoded = decodeAnchor(anchor);
  if (!decoded) throw outdated();
  const start = resolveInTree(doc, root, decoded.start);
  const end = resolveInTree(doc, root, decoded.end);
  if (!start || !end) throw outdated();
  if (start.type !== end.type || !(start.type instanceof Y.XmlText)) throw suggestion.quote === "" ? outdated() : spans();
  const text = start.type;
  const runs = runsOf(text);
  const [from, to] = [start.index, end.index];
  if (from > to || plainText(runs).slice(from, to) !== suggestion.quote) throw outdated();

  if (suggestion.quote === "") {
    // An insertion takes the formatting of the text before it, as typing there would.
    text.insert(from, suggestion.replacement);
    return;
  }
  const run = runs.find((candidate) => candidate.start <= from && to <= candidate.end);
  if (!run || run.text === null) throw spans();
  text.delete(from, to - from);
  // Explicit attributes: the replacement keeps the passage's formatting, not its neighbour's.
  if (suggestion.replacement !== "") text.insert(from, suggestion.replacement, { ...(run.attributes ?? {}) });
}
