import { describe, expect, it } from "vitest";
import { checkModuleJson, moduleTemplate, suggestNextVersion } from "./benchmarkJson.ts";

describe("checkModuleJson", () => {
  it("accepts the template", () => {
    const check = checkModuleJson(moduleTemplate("housing"));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.value.factors[0]?.id).toBe("housing-1");
  });

  it("reports a syntax error", () => {
    expect(checkModuleJson('{"id": ')).toMatchObject({ ok: false, kind: "syntax" });
  });

  it("reports the path of the first schema error", () => {
    const module = JSON.parse(moduleTemplate());
    module.factors[0].tests = [];
    expect(checkModuleJson(JSON.stringify(module))).toMatchObject({ ok: false, kind: "schema", message: expect.stringMatching(/^module\.factors\.0\.tests: /) });
    module.factors[0].tests = ["ok"];
    module.colour = "red";
    expect(checkModuleJson(JSON.stringify(module))).toMatchObject({ ok: false, message: expect.stringContaining("colour") });
  });
});

describe("suggestNextVersion", () => {
  it("raises the last number", () => {
    expect(suggestNextVersion("2012.1")).toBe("2012.2");
    expect(suggestNextVersion("v3")).toBe("v4");
    expect(suggestNextVersion("1.9-beta")).toBe("1.10-beta");
    expect(suggestNextVersion("first")).toBe("first.1");
  });

  it("skips versions that are taken", () => {
    expect(suggestNextVersion("1", (v) => v === "2")).toBe("3");
  });
});
