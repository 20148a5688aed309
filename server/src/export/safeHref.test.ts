import { describe, expect, it } from "vitest";
import { safeHref } from "./safeHref.ts";

describe("safeHref", () => {
  it("keeps absolute http, https and mailto links", () => {
    expect(safeHref("https://example.org/a?b=c#d")).toBe("https://example.org/a?b=c#d");
    expect(safeHref("  HTTP://Example.org  ")).toBe("http://example.org/");
    expect(safeHref("mailto:team@example.org")).toBe("mailto:team@example.org");
  });

  it.each([
    "javascript:alert(1)",
    "  JaVaScRiPt:alert(1)",
    "\u0001\u0002javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u00a0javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " DATA:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    " VbScRiPt:msgbox(1)",
    "file:///etc/passwd",
    "/relative/path",
    "//evil.example/x",
    "#fragment",
    "https://",
    "",
  ])("refuses %j", (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it("refuses what is not a string and overlong hrefs", () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref({ href: "https://example.org" })).toBeNull();
    expect(safeHref(`https://example.org/${"a".repeat(3000)}`)).toBeNull();
  });

  it("percent-encodes quotes, spaces and angle brackets, also in mailto", () => {
    expect(safeHref('https://example.org/?q="><script>')).toBe("https://example.org/?q=%22%3E%3Cscript%3E");
    const mail = safeHref('mailto:"a b"<x>\'@example.org');
    expect(mail).toBe("mailto:%22a%20b%22%3Cx%3E%27@example.org");
  });
});
