import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { IMPART_BENCHMARK, LOCALE_CODES, type LocaleCode } from "@review/shared";
import { emptyFactorState } from "@review/shared/board";
import { collectCodedExcerpts } from "./codedExcerpts.ts";
import { renderDocx } from "./docx.ts";
import { renderExcerptsCsv } from "./excerptsCsv.ts";
import { renderReportFile } from "./exportFile.ts";
import { renderHtml } from "./html.ts";
import { exportMessages, formatExportDate } from "./i18n/index.ts";
import { renderMarkdown } from "./markdown.ts";
import { decisionRows } from "./recommendations.ts";
import { factorCatalogue, type ReportDocument } from "./reportDocument.ts";
import { paragraph, reportDocument, text } from "./reportFixture.ts";

/** The fixture report with every part an export labels: status, ratings, decisions; in `locale`. */
function fullReport(locale: LocaleCode): ReportDocument {
  const base = reportDocument([paragraph(text("Der Text des Teams bleibt, wie er geschrieben wurde."))]);
  const factors = factorCatalogue(IMPART_BENCHMARK, locale);
  const decisions = decisionRows(
    [{ id: "rec-1", text: "Publish the scheme" }],
    new Map([["rec-1", { decision: "take_forward" as const, note: "2027", decidedBy: "host-1", decidedAt: "2026-06-01T10:00:00.000Z" }]]),
    new Map([["host-1", "Hana Host"]]),
    locale,
  );
  return {
    ...base,
    locale,
    factors,
    meta: { ...base.meta, status: { status: "final", changedAt: "2026-05-04T09:00:00.000Z", changedBy: "Elena Ruiz" } },
    ratings: [
      { factor: factors.get("core-2")!, rating: "wholly" },
      { factor: factors.get("m1-2")!, rating: "partly" },
      { factor: factors.get("core-3")!, rating: "not" },
      { factor: factors.get("core-4")!, rating: null },
    ],
    decisions,
  };
}

const ENGLISH_ONLY = ["Findings report", "Exported on", "Team rating", "Host project", "Wholly matched", "Not rated", "Study visit", "Take forward", "Core 2"];

describe("export catalogues", () => {
  it("has one per supported language, with dates in that language", () => {
    const exportedAt = new Date("2026-03-20T23:30:00Z");
    expect(LOCALE_CODES.map((locale) => formatExportDate(locale, exportedAt))).toEqual(["20 March 2026", "20. März 2026", "20 de marzo de 2026"]);
    expect(LOCALE_CODES.map((locale) => exportMessages(locale).findingsReport)).toEqual(["Findings report", "Ergebnisbericht", "Informe de conclusiones"]);
  });

  it("uses the agreed terms", () => {
    const de = exportMessages("de");
    const es = exportMessages("es");
    expect([de.ratingTable.teamRating, de.ratingTable.factor, de.fields.hostProject]).toEqual(["Teambewertung", "Kritischer Faktor", "Gastprojekt"]);
    expect(Object.values(de.ratings)).toEqual(["Vollständig erfüllt", "Teilweise erfüllt", "Nicht erfüllt"]);
    expect([es.ratingTable.teamRating, es.ratingTable.factor, es.fields.hostProject]).toEqual(["Valoración del equipo", "Factor crítico", "Proyecto anfitrión"]);
    expect(Object.values(es.ratings)).toEqual(["Se cumple plenamente", "Se cumple parcialmente", "No se cumple"]);
  });
});

describe("a German export", () => {
  const report = fullReport("de");

  it("writes Markdown headings, labels, ratings and dates in German, and the report's own text as written", () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("# Pathways to Work\n\n*Ergebnisbericht*\n");
    expect(markdown).toContain("**Gastprojekt:** Integrated pathways for newcomers\\\n");
    expect(markdown).toContain("**Studienbesuch:** 10. März 2026 – 12. März 2026\\\n");
    expect(markdown).toContain("**Moderation:** Mia Moderator\\\n**Peer-Reviewer/-innen:** Pat Peer, Quinn Peer\\\n");
    expect(markdown).toContain("**Berichtsstatus:** Endfassung seit 4. Mai 2026, festgelegt von Elena Ruiz\n");
    expect(markdown).toContain("*Exportiert am 20. März 2026*");
    expect(markdown).toContain("## Teambewertungen\n\n| Kritischer Faktor | Modul | Teambewertung |\n| --- | --- | --- |\n");
    expect(markdown).toContain("| Kern 2 Migrant Voice | Core | Vollständig erfüllt |");
    expect(markdown).toContain("| Modul 1.2 Individual Support | Assessment and Validation – Valuing Migrant Competences | Teilweise erfüllt |");
    expect(markdown).toContain("| Nicht erfüllt |");
    expect(markdown).toContain("| Nicht bewertet |");
    expect(markdown).toContain("## Entscheidungen des Gastprojekts zu den Empfehlungen\n\n| Empfehlung | Entscheidung | Anmerkung |");
    expect(markdown).toContain("| Publish the scheme | Aufgreifen | 2027 |");
    expect(markdown).toContain("Der Text des Teams bleibt, wie er geschrieben wurde.");
    for (const english of ENGLISH_ONLY) expect(markdown).not.toContain(english);
  });

  it("writes a Word document in German, proofed as German", async () => {
    const files = unzipSync(await renderDocx(report));
    const document = strFromU8(files["word/document.xml"]!);
    const styles = strFromU8(files["word/styles.xml"]!);
    const core = strFromU8(files["docProps/core.xml"]!);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="de-DE"\/>[\s\S]*<\/w:docDefaults>/);
    expect(core).toContain("Pathways to Work – Ergebnisbericht");
    expect(core).toContain("Ergebnisbericht des Peer-Reviews „Pathways to Work“");
    for (const german of ["Ergebnisbericht", "Gastprojekt", "Exportiert am 20. März 2026", "Teambewertungen", "Kritischer Faktor", "Vollständig erfüllt", "Aufgreifen"]) {
      expect(document).toContain(german);
    }
    for (const english of ENGLISH_ONLY) expect(document).not.toContain(english);
  });

  it("names the file in German", async () => {
    const file = await renderReportFile(report, "md");
    expect(file.disposition).toBe('attachment; filename="pathways-to-work-ergebnisbericht.md"');
  });
});

describe("a Spanish export", () => {
  const report = fullReport("es");

  it("writes HTML in Spanish with lang=es", () => {
    const html = renderHtml(report);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("<title>Pathways to Work – Informe de conclusiones</title>");
    expect(html).toContain('<p class="eyebrow">Informe de conclusiones</p>');
    expect(html).toContain("<dt>Proyecto anfitrión</dt>");
    expect(html).toContain("<dd>10 de marzo de 2026 – 12 de marzo de 2026</dd>");
    expect(html).toContain("<dd>Versión final desde el 4 de mayo de 2026 (por Elena Ruiz)</dd>");
    expect(html).toContain('<p class="exported">Exportado el 20 de marzo de 2026</p>');
    expect(html).toContain("utilice la orden Imprimir de su navegador");
    expect(html).toContain('<h2 id="ratings-heading">Valoraciones del equipo</h2>');
    expect(html).toContain('<th scope="col">Factor crítico</th><th scope="col">Módulo</th><th scope="col">Valoración del equipo</th>');
    expect(html).toContain('<span class="factor-code">Núcleo 2</span> Migrant Voice</th><td>Core</td><td class="rating rating--wholly">Se cumple plenamente</td>');
    expect(html).toContain('<td class="rating rating--partly">Se cumple parcialmente</td>');
    expect(html).toContain('<td class="rating rating--not">No se cumple</td>');
    expect(html).toContain("Decisiones del proyecto anfitrión sobre las recomendaciones");
    for (const english of ENGLISH_ONLY) expect(html).not.toContain(english);
  });

  it("writes the coded excerpts' codes and ratings in Spanish, under the same column names", () => {
    const board = new Map([["core-3", { ...emptyFactorState("core-3"), rating: "not" as const }]]);
    const excerpts = collectCodedExcerpts(report, { id: "r1", title: "Pathways to Work", hostProject: "H" }, board);
    const csv = renderExcerptsCsv(excerpts, "es");
    expect(csv.startsWith("\uFEFFcode,factor,module,team_rating,kind,excerpt")).toBe(true);
    expect(csv).toContain("\r\nNúcleo 3,Employer Engagement,Core,No se cumple,");
  });

  it("keeps English the default", () => {
    expect(renderHtml(reportDocument([]))).toContain('<html lang="en">');
    expect(renderMarkdown(fullReport("en"))).toContain("| Core 2 Migrant Voice | Core | Wholly matched |");
  });
});
