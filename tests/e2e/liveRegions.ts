import type { Page } from "playwright-core";
import { waitFor } from "../support/waitFor.ts";

/** One text a live region received, as a screen reader would be given it. */
export type LiveText = { politeness: "polite" | "assertive"; text: string };

declare global {
  interface Window {
    __liveLog?: LiveText[];
  }
}

/**
 * Records every text any live region of the page receives (`aria-live`, `role=status`, `alert`,
 * `log`): a MutationObserver installed before the app's scripts run. Call before `goto`.
 */
export async function recordLiveRegions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: LiveText[] = [];
    window.__liveLog = log;
    const SELECTOR = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
    const last = new WeakMap<Element, string>();
    const record = (region: Element) => {
      const text = region.textContent ?? "";
      if (last.get(region) === text) return;
      last.set(region, text);
      const clean = text.replace(/\u00a0/g, " ").trim();
      if (!clean) return;
      const live = region.getAttribute("aria-live");
      const politeness = live === "assertive" || (live === null && region.getAttribute("role") === "alert") ? "assertive" : "polite";
      log.push({ politeness, text: clean });
    };
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
        const region = target?.closest(SELECTOR);
        if (region) record(region);
        for (const node of Array.from(mutation.addedNodes)) {
          if (!(node instanceof Element)) continue;
          if (node.matches(SELECTOR)) record(node);
          node.querySelectorAll(SELECTOR).forEach(record);
        }
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

export async function liveLog(page: Page): Promise<LiveText[]> {
  return page.evaluate(() => [...(window.__liveLog ?? [])]);
}

export async function clearLiveLog(page: Page): Promise<void> {
  await page.evaluate(() => window.__liveLog?.splice(0));
}

/** Waits until the page's live regions have said a text matching `test`; returns it. */
export async function waitForLive(page: Page, test: (entry: LiveText) => boolean, description: string, timeout = 20_000): Promise<LiveText> {
  let seen: LiveText[] = [];
  try {
    return await waitFor(
      async () => {
        seen = await liveLog(page);
        return seen.find(test) ?? null;
      },
      { timeout, interval: 100, description },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; heard: ${JSON.stringify(seen)}`, { cause: error });
  }
}
