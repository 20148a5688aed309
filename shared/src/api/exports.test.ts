import { describe, expect, it } from "vitest";
import { exportLanguageQuerySchema, reportExportPath } from "./exports.ts";

describe("report export path", () => {
  it("names the format and, when given, the language", () => {
    expect(reportExportPath("r 1", "md")).toBe("/api/reviews/r%201/report/export?format=md");
    expect(reportExportPath("r1", "html", "de")).toBe("/api/reviews/r1/report/export?format=html&lang=de");
  });

  it("accepts no language or a supported one", () => {
    expect(exportLanguageQuerySchema.parse(undefined)).toBeUndefined();
    expect(exportLanguageQuerySchema.parse("es")).toBe("es");
    for (const bad of ["", "fr", "de-AT"]) expect(exportLanguageQuerySchema.safeParse(bad).success).toBe(false);
  });
});
