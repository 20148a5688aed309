import { useEffect, useRef } from "react";
import type * as Y from "yjs";
import { SELF_LIMITS, readSelfFactor, setSelfNote } from "@review/shared/self";
import { mapCaret } from "./noteCaret.ts";

type Props = { doc: Y.Doc; factorId: string; origin: symbol; userId: string; id: string; describedBy: string };

/**
 * The host's note, bound to the note's Y.Text without a debounce: every input splices just
 * what changed into the shared text, and remote edits update the field in place while the
 * caret keeps its place in the text around it. (A controlled field saved on blur would
 * overwrite a co-writer's words; this one merges them character by character.)
 */
export function NoteField({ doc, factorId, origin, userId, id, describedBy }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.value = readSelfFactor(doc, factorId).note;
    const onUpdate = (_update: Uint8Array, updateOrigin: unknown) => {
      if (updateOrigin === origin) return;
      const next = readSelfFactor(doc, factorId).note;
      const current = area.value;
      if (next === current) return;
      const focused = document.activeElement === area;
      const start = area.selectionStart;
      const end = area.selectionEnd;
      area.value = next;
      if (focused) area.setSelectionRange(mapCaret(start, current, next), mapCaret(end, current, next));
    };
    doc.on("update", onUpdate);
    return () => doc.off("update", onUpdate);
  }, [doc, factorId, origin]);

  return (
    <textarea
      ref={ref}
      id={id}
      className="input self-panel__note-input"
      rows={4}
      maxLength={SELF_LIMITS.noteMax}
      aria-describedby={describedBy}
      onInput={(event) => setSelfNote(doc, factorId, event.currentTarget.value.slice(0, SELF_LIMITS.noteMax), { by: userId }, { origin })}
    />
  );
}
