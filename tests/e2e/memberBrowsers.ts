import type { Page } from "playwright-core";
import type { ApiClient } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { shareSession } from "./reportPage.ts";

type MemberBrowsersOptions<Label extends string> = {
  baseUrl: string;
  /** Who opens a browser, in order, each under a label for their pages and their errors. */
  members: readonly (readonly [Label, ApiClient])[];
  /** The path every browser opens, e.g. `/reviews/<id>/programme`. */
  path: string;
  /** Filled as browsers launch, so that afterAll closes each even when a later one fails. */
  browsers: Browser[];
  /** Uncaught page errors, as `<label>: <message>`. */
  errors: string[];
  /** Awaited in each browser once its page has opened (e.g. waiting for the view to show). */
  ready?: (page: Page) => Promise<unknown>;
};

/**
 * One Chromium per team member (a fresh profile each, like separate people), signed in with the
 * session the member's API client holds and opened at `path`. Answers each member's page by label.
 */
export async function openMemberBrowsers<Label extends string>(options: MemberBrowsersOptions<Label>): Promise<Map<Label, Page>> {
  const pages = new Map<Label, Page>();
  for (const [label, client] of options.members) {
    const browser = await launchChromium();
    options.browsers.push(browser);
    browser.page.on("pageerror", (error) => options.errors.push(`${label}: ${error.message}`));
    await shareSession(browser.context, client, options.baseUrl);
    await browser.page.goto(`${options.baseUrl}${options.path}`);
    await options.ready?.(browser.page);
    pages.set(label, browser.page);
  }
  return pages;
}
