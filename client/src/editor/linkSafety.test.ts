import { describe, expect, it } from "vitest";
import { isSafeLinkHref } from "./linkSafety.ts";

describe("isSafeLinkHref", () => {
  it("accepts absolute http(s) and mailto targets", () => {
    for (const href of ["https://example.org/a?b=c#d", "  HTTP://Example.org  ", "mailto:team@example.org"]) {
      expect(isSafeLinkHref(href), href).toBe(true);
    }
  });

  it.each([
    "javascript:alert(1)",
    "   JaVaScRiPt:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " VBScript:msgbox(1)",
    "/relative",
    "//example.org/protocol-relative",
    "https://",
    "",
  ])("refuses %j", (href) => {
    expect(isSafeLinkHref(href)).toBe(false);
  });

  it("refuses what is not a string", () => {
    expect(isSafeLinkHref(undefined)).toBe(false);
    expect(isSafeLinkHref({ href: "https://example.org" })).toBe(false);
  });
});
