import type * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import { readStoredDocument, type ExportDeps } from "../export/loadReport.ts";
import { readRecommendations, type MarkedRecommendation } from "../export/recommendations.ts";
import type { DocumentVersionStore } from "../store/store.ts";

export type RecommendationTextsDeps = { store: ExportDeps["store"] & DocumentVersionStore; rooms: RoomRegistry };

/** Documents whose lists are kept; beyond that the least recently read are dropped. */
const MAX_KEPT = 5000;

const marked = (doc: Y.Doc) => readRecommendations(doc.getXmlFragment(EDITOR_FRAGMENT));

/**
 * The recommendations marked in many reports and papers at once (the network's list), without
 * rebuilding every document per request. A document loaded in this process is read live (it is
 * in memory already). Any other is rebuilt from the store only when its stored version (the
 * newest log seq, `documentVersions`) moved since it was last read; else the list read then is
 * kept. Seqs only grow, so a kept list is never older than the store; edits still in another
 * process's journal show once drained (`storeDrainMs`), as they did before.
 */
export class RecommendationTexts {
  private readonly kept = new Map<string, { version: number; recommendations: MarkedRecommendation[] }>();
  /** How many documents were rebuilt from the store (for tests and measurements). */
  rebuilt = 0;

  async read(deps: RecommendationTextsDeps, docNames: readonly string[]): Promise<Map<string, MarkedRecommendation[]>> {
    const found = new Map<string, MarkedRecommendation[]>();
    const stored: string[] = [];
    for (const name of docNames) {
      const live = deps.rooms.isLoaded(name) ? await deps.rooms.loadedDoc(name) : null;
      if (live) found.set(name, marked(live));
      else stored.push(name);
    }
    const versions = await deps.store.documentVersions(stored);
    for (const name of stored) {
      const version = versions.get(name) ?? 0;
      const kept = this.kept.get(name);
      if (kept && kept.version === version) {
        // Map order is the eviction order: a hit moves to the end.
        this.kept.delete(name);
        this.kept.set(name, kept);
        found.set(name, kept.recommendations);
        continue;
      }
      // Rebuilt one at a time: a first request over many documents must not hold them all in memory.
      const recommendations = await this.rebuild(deps, name);
      this.keep(name, version, recommendations);
      found.set(name, recommendations);
    }
    return found;
  }

  /** The stored document's list; its content is at least `version` because the version was read first. */
  private rebuild(deps: RecommendationTextsDeps, name: string): Promise<MarkedRecommendation[]> {
    this.rebuilt += 1;
    return readStoredDocument(deps.store, name, marked);
  }

  private keep(name: string, version: number, recommendations: MarkedRecommendation[]): void {
    this.kept.delete(name);
    this.kept.set(name, { version, recommendations });
    while (this.kept.size > MAX_KEPT) {
      const oldest = this.kept.keys().next().value;
      if (oldest === undefined) break;
      this.kept.delete(oldest);
    }
  }
}

/** One per server (its room registry), like the ratings mirror's queue. */
const perRegistry = new WeakMap<RoomRegistry, RecommendationTexts>();

export function recommendationTexts(rooms: RoomRegistry): RecommendationTexts {
  let texts = perRegistry.get(rooms);
  if (!texts) perRegistry.set(rooms, (texts = new RecommendationTexts()));
  return texts;
}
