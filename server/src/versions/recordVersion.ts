import { reviewDocumentName } from "@review/shared";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import { newId } from "../ids.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, RatingStore, ReviewStore, VersionStore } from "../store/store.ts";
import type { VersionKind, VersionSummaryRecord } from "../store/versionRecords.ts";
import { snapshotDocument } from "./documentSnapshot.ts";
import { forgetWriters } from "./noteWriters.ts";

export type VersionDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore & VersionStore; rooms: RoomRegistry };

export type VersionInput = {
  kind: VersionKind;
  label: string | null;
  createdBy: string | null;
  restoredFrom?: string | null;
};

/**
 * Stores the document as it is now (the live copy when loaded) as a version whose
 * contributors are the users who wrote since the previous one. Kind `auto` stores nothing
 * and resolves with null when the content equals the latest version's (or the document is
 * empty and has none); every other kind always stores.
 */
export async function recordDocumentVersion(deps: VersionDeps, docName: string, input: VersionInput): Promise<VersionSummaryRecord | null> {
  const snapshot = await snapshotDocument(deps, docName);
  const version = await deps.store.insertVersion({
    id: newId(),
    docName,
    kind: input.kind,
    label: input.label,
    createdBy: input.createdBy,
    data: snapshot.data,
    fingerprint: snapshot.fingerprint,
    restoredFrom: input.restoredFrom ?? null,
    onlyIfChanged: input.kind === "auto",
    empty: snapshot.empty,
  });
  if (version) forgetWriters(deps.rooms, docName);
  return version;
}

/**
 * Records a version of a review's findings report (see `recordDocumentVersion`). The
 * report workflow calls it with kind `status` and the new status as label after every
 * status change; null only for kind `auto` when nothing changed.
 */
export async function recordReportVersion(
  deps: { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore & VersionStore; rooms: RoomRegistry },
  reviewId: string,
  input: { kind: "auto" | "named" | "status"; label: string | null; createdBy: string | null },
): Promise<{ id: string } | null> {
  return recordDocumentVersion(deps, reviewDocumentName(reviewId, "report"), input);
}
