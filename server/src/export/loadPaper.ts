import { EDITOR_FRAGMENT, paperDocumentName, type LocaleCode, type PaperResponse } from "@review/shared";
import { attachImages } from "./imageFile.ts";
import { oneLine, readDocument, type ExportDeps } from "./loadReport.ts";
import { DEFAULT_BENCHMARK_ID } from "../routes/benchmarks/builtInBenchmarks.ts";
import { factorCatalogue, type ReportDocument } from "./reportDocument.ts";
import { readReport } from "./reportModel.ts";
import { addresseeRows, readRecommendations } from "./recommendations.ts";
import { recommendationRowsOf } from "../recommendations/documentRecommendations.ts";
import { withFollowUps } from "../recommendations/followUps.ts";

/**
 * Everything an export of a policy paper shows: its title, summary, authors and status above
 * its text, with what the export writes itself in `locale`. `paper` is what the caller may read
 * (every account reads papers); the text is read as it is now. Factor labels are named from the
 * network's default benchmark (the score card's); images of that paper are embedded; its
 * recommendations' addressees and follow-up status follow the text, as in a report's export.
 */
export async function loadPaperDocument(deps: ExportDeps, paper: PaperResponse, locale: LocaleCode, now = new Date()): Promise<ReportDocument> {
  const docName = paperDocumentName(paper.paper.id);
  const [{ blocks, recommendations }, benchmark, recommendationRows] = await Promise.all([
    readDocument(deps, docName, (doc) => {
      const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
      return { blocks: readReport(fragment), recommendations: readRecommendations(fragment) };
    }),
    deps.store.findBenchmark(DEFAULT_BENCHMARK_ID),
    recommendationRowsOf(deps.store, { kind: "paper", id: paper.paper.id }),
  ]);
  await attachImages(deps.store, docName, blocks);
  return {
    locale,
    meta: {
      title: oneLine(paper.paper.title),
      hostProject: "",
      country: "",
      theme: "",
      visitStart: null,
      visitEnd: null,
      benchmark: null,
      modules: [],
      members: [],
      exportedAt: now,
      paper: { summary: oneLine(paper.paper.summary), authors: paper.authors.map((author) => oneLine(author.name)), status: paper.paper.status },
    },
    blocks,
    factors: factorCatalogue(benchmark, locale),
    ratings: null,
    decisions: null,
    addressees: addresseeRows(withFollowUps(recommendations, recommendationRows), locale),
  };
}
