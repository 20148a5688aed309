import { describe, expect, it } from "vitest";
import { daysFrom, formatIsoDate, formatIsoDateRange, formatRelativeTime, localIsoDate, relativeTimeParts } from "./dates.ts";

describe("visit dates", () => {
  it("format a YYYY-MM-DD date without shifting it by the time zone", () => {
    expect(formatIsoDate("en-GB", "2026-05-12")).toBe("12 May 2026");
    expect(formatIsoDate("en-US", "2026-01-01")).toBe("Jan 1, 2026");
  });

  it("format a span the locale's way, and a one-day span as one date", () => {
    // ICU puts thin or no-break spaces around the dash, depending on its version.
    const plain = (text: string) => text.replace(/\s+/g, " ");
    expect(plain(formatIsoDateRange("en-GB", "2026-05-12", "2026-05-15"))).toMatch(/^12 ?– ?15 May 2026$/);
    expect(plain(formatIsoDateRange("en-GB", "2026-05-30", "2026-06-02"))).toBe("30 May – 2 Jun 2026");
    expect(formatIsoDateRange("en-GB", "2026-05-12", "2026-05-12")).toBe("12 May 2026");
  });

  it("count days between dates across month and year ends", () => {
    expect(daysFrom("2026-05-12", "2026-05-15")).toBe(3);
    expect(daysFrom("2025-12-30", "2026-01-02")).toBe(3);
    expect(daysFrom("2026-05-15", "2026-05-12")).toBe(-3);
    // Across a daylight-saving change (last Sunday of March in Europe).
    expect(daysFrom("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("take today's date in local time", () => {
    expect(localIsoDate(new Date(2026, 4, 9, 23, 59))).toBe("2026-05-09");
  });
});

describe("relative times", () => {
  const now = new Date("2026-05-01T12:00:00Z");
  const later = (ms: number) => new Date(now.getTime() + ms);
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  it("pick the unit that reads naturally", () => {
    expect(relativeTimeParts(later(30_000), now)).toEqual({ value: 30, unit: "second" });
    expect(relativeTimeParts(later(5 * 60_000), now)).toEqual({ value: 5, unit: "minute" });
    expect(relativeTimeParts(later(3 * HOUR), now)).toEqual({ value: 3, unit: "hour" });
    expect(relativeTimeParts(later(13 * DAY + 2 * HOUR), now)).toEqual({ value: 13, unit: "day" });
    expect(relativeTimeParts(later(-2 * DAY), now)).toEqual({ value: -2, unit: "day" });
    expect(relativeTimeParts(later(90 * DAY), now)).toEqual({ value: 3, unit: "month" });
  });

  it("say when an invitation expires", () => {
    expect(formatRelativeTime("en", later(13 * DAY), now)).toBe("in 13 days");
    expect(formatRelativeTime("en", later(DAY), now)).toBe("tomorrow");
    expect(formatRelativeTime("en", later(5 * HOUR).toISOString(), now)).toBe("in 5 hours");
  });
});
