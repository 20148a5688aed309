import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import type * as Y from "yjs";
import { mayReadParticipantNames, type ReviewDetail } from "@review/shared";
import { namesSignalRoot, readNamesSignal } from "@review/shared/programme";
import { deleteParticipantName, listParticipantNames, setParticipantName } from "../../api/programme.ts";
import { queryKeys } from "../../app/queryKeys.ts";

const NO_NAMES: ReadonlyMap<string, string> = new Map();

export type ParticipantNames = {
  /** Whether this user may see and set real names at all (the review's moderators). */
  available: boolean;
  /** personId → real name; empty until loaded, and always for everyone else. */
  names: ReadonlyMap<string, string>;
  failed: boolean;
  /**
   * Stores the real names that changed (`next`: personId → name, "" to forget one). Throws the
   * API's error; the names already stored stay stored and the map follows what succeeded.
   */
  save: (next: ReadonlyMap<string, string>) => Promise<void>;
};

/**
 * The real names of pseudonymised participants, for the review's moderators only: they live on
 * the server (`programme_participants`), never in the programme document every member reads.
 * That document (`doc`, null until open) carries only the server's cue that names changed.
 */
export function useParticipantNames(review: ReviewDetail, doc: Y.Doc | null): ParticipantNames {
  const available = mayReadParticipantNames(review.role);
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.reviews.participantNames(review.id),
    queryFn: async () => new Map((await listParticipantNames(review.id)).map((entry) => [entry.personId, entry.name])) as ReadonlyMap<string, string>,
    enabled: available,
  });
  const names = query.data ?? NO_NAMES;
  const signal = useNamesSignal(available ? doc : null);

  // Another moderator may have named someone meanwhile: read again when the tab comes back.
  useEffect(() => {
    if (!available) return;
    const onVisible = () => document.visibilityState === "visible" && void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.participantNames(review.id) });
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [available, queryClient, review.id]);

  // The server's cue that names changed (another moderator, or a person removed from the programme).
  useEffect(() => {
    if (available && signal > 0) void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.participantNames(review.id) });
  }, [available, queryClient, review.id, signal]);

  const save = useCallback(
    async (next: ReadonlyMap<string, string>) => {
      for (const [personId, raw] of next) {
        const name = raw.trim();
        if ((names.get(personId) ?? "") === name) continue;
        if (name) await setParticipantName(review.id, personId, name);
        else await deleteParticipantName(review.id, personId);
        queryClient.setQueryData<ReadonlyMap<string, string>>(queryKeys.reviews.participantNames(review.id), (current) => {
          const copy = new Map(current);
          if (name) copy.set(personId, name);
          else copy.delete(personId);
          return copy;
        });
      }
    },
    [names, queryClient, review.id],
  );

  return { available, names, failed: available && query.isError, save };
}

/** The programme's names counter, followed live (another moderator named someone, or a person was removed). */
function useNamesSignal(doc: Y.Doc | null): number {
  const [signal, setSignal] = useState(0);
  useEffect(() => {
    if (!doc) return;
    const root = namesSignalRoot(doc);
    const read = () => setSignal(readNamesSignal(doc));
    read();
    root.observe(read);
    return () => root.unobserve(read);
  }, [doc]);
  return signal;
}
