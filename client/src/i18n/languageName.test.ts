import { describe, expect, it } from "vitest";
import { languageName } from "./languageName.ts";

describe("languageName", () => {
  it("names a language in the UI's language", () => {
    expect(languageName("en", "de")).toBe("German");
    expect(languageName("de", "en")).toBe("Englisch");
    expect(languageName("es", "pt-BR")).toMatch(/portugués/i);
  });

  it("gives back a tag Intl cannot read", () => {
    expect(languageName("en", "not a tag!")).toBe("not a tag!");
  });
});
