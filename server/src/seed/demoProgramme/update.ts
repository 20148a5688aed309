import * as Y from "yjs";
import { addDay, addSession } from "@review/shared/programme";
import { demoProgrammeId, type DemoProgramme } from "./types.ts";

/**
 * The programme document as one update, written with the shared programme writers (what the
 * app would have written), and the real names of its pseudonymised people for the caller to
 * store as rows: they never enter the document.
 */
export function demoProgrammeUpdate(programme: DemoProgramme): { update: Uint8Array; realNames: Map<string, string> } {
  const doc = new Y.Doc();
  const dayIds = programme.days.map((date, index) => {
    const id = demoProgrammeId(`day${index + 1}${date}`);
    addDay(doc, { id, date });
    return id;
  });
  const realNames = new Map<string, string>();
  for (const session of programme.sessions) {
    const dayId = dayIds[session.day - 1];
    if (!dayId) throw new Error(`Demo session ${session.id} is on day ${session.day}, which the programme does not have`);
    const people = session.people.map(({ id, label, pseudonymised, realName }) => {
      if (realName && !pseudonymised) throw new Error(`Demo person ${id} has a real name but is not pseudonymised`);
      if (realName) realNames.set(id, realName);
      return { id, label, pseudonymised };
    });
    addSession(doc, { id: session.id, dayId, kind: session.kind, start: session.start, title: session.title, place: session.place, factorIds: session.factorIds, people });
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, realNames };
}
