import type { SessionKind } from "@review/shared/programme";

/** A person met in a demo session; `realName` (pseudonymised people only) goes to `programme_participants`, never the document. */
export type DemoPerson = { id: string; label: string; pseudonymised: boolean; realName?: string };

/** A demo session: `day` is the 1-based place of its date in `DemoProgramme.days`. */
export type DemoSession = { id: string; day: number; kind: SessionKind; start: string; title: string; place: string; factorIds: string[]; people: DemoPerson[] };

/** A review's visit programme as the moderator planned it: the days' dates and the sessions. */
export type DemoProgramme = { days: string[]; sessions: DemoSession[] };

/** A fixed id of the programme document (16 characters a-z, 0-9): readable in the seed, the same on every run. */
export const demoProgrammeId = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "").padEnd(16, "0").slice(0, 16);
