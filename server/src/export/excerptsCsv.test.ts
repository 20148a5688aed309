import { describe, expect, it } from "vitest";
import { csvField } from "./excerptsCsv.ts";

describe("csvField", () => {
  it("neutralises formula starts, also after leading whitespace", () => {
    for (const value of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", " =1", "\n+1", "\t@x", " \r\n -2", "\u00a0=1"]) {
      const field = csvField(value);
      expect(field.replace(/^"/, "").startsWith("'"), JSON.stringify(value)).toBe(true);
    }
  });

  it("leaves ordinary text alone and quotes what needs quoting", () => {
    expect(csvField("Mentors = peers")).toBe("Mentors = peers");
    expect(csvField(" leading space")).toBe(" leading space");
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("\n=1")).toBe("\"'\n=1\"");
  });
});
