import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { waitFor } from "../support/waitFor.ts";

/**
 * How the study-visit journey finds things in the client: by role and accessible
 * name (the English catalogue, client/src/i18n/messages), CSS only where the UI
 * offers no name. A change of wording in the UI is a change here only.
 */

/** A person's account, as typed into the registration form. */
export type Account = { name: string; email: string; password: string };

export const visitUi = {
  register: {
    name: (page: Page) => page.getByLabel("Full name", { exact: true }),
    email: (page: Page) => page.getByLabel("Email address", { exact: true }),
    password: (page: Page) => page.getByLabel("Password", { exact: true }),
    submit: (page: Page) => page.getByRole("button", { name: "Create account", exact: true }),
  },
  newReview: {
    open: (page: Page) => page.getByRole("button", { name: "New review", exact: true }).first(),
    dialog: (page: Page) => page.getByRole("dialog", { name: "New review" }),
    title: (dialog: Locator) => dialog.getByLabel("Title", { exact: true }),
    hostProject: (dialog: Locator) => dialog.getByLabel("Host project", { exact: true }),
    theme: (dialog: Locator) => dialog.getByLabel("Theme", { exact: true }),
    module: (dialog: Locator, name: string) => dialog.getByRole("checkbox", { name: new RegExp(escapeRegExp(name)) }),
    submit: (dialog: Locator) => dialog.getByRole("button", { name: "Create review", exact: true }),
  },
  invite: {
    form: (page: Page) => page.getByRole("form", { name: "Create invitation link" }),
    role: (page: Page) => visitUi.invite.form(page).getByLabel("Role", { exact: true }),
    submit: (page: Page) => visitUi.invite.form(page).getByRole("button", { name: "Create invitation link", exact: true }),
    /** The read-only text box holding the link of an invitation for anyone with `roleLabel`. */
    link: (page: Page, roleLabel: string) => page.getByRole("textbox", { name: `Invitation link: ${roleLabel}, Anyone with the link`, exact: true }),
    createAccount: (page: Page) => page.getByRole("link", { name: "Create an account", exact: true }),
  },
  board: {
    addEvidence: (page: Page) => page.getByRole("button", { name: "Add evidence", exact: true }),
    cardDialog: (page: Page) => page.getByRole("dialog", { name: "Add evidence" }),
    card: (page: Page, text: string) => page.getByRole("article", { name: text, exact: true }),
    votes: (page: Page) => page.getByRole("region", { name: /^Votes/ }),
    myVote: (page: Page, rating: string) => page.getByRole("group", { name: "Your vote:" }).getByRole("button", { name: ratingButtonName(rating) }),
    teamRating: (page: Page) => page.getByRole("region", { name: "Team rating", exact: true }),
    recordRating: (page: Page) => page.getByRole("button", { name: "Record team rating", exact: true }),
    ratingDialog: (page: Page) => page.getByRole("dialog", { name: "Team rating" }),
    readOnlyBanner: (page: Page) => page.getByText("The board is read-only for you; your self-assessment is not", { exact: true }),
  },
  self: {
    panel: (page: Page) => page.getByRole("region", { name: "Host self-assessment" }),
    myRating: (page: Page, rating: string) =>
      visitUi.self.panel(page).getByRole("group", { name: "Your rating" }).getByRole("button", { name: ratingButtonName(rating) }),
    note: (page: Page) => visitUi.self.panel(page).getByLabel("Host's note", { exact: true }),
    comparison: (page: Page) => visitUi.self.panel(page).locator(".self-compare"),
  },
  sidebar: {
    root: (page: Page) => page.getByRole("region", { name: "Benchmark" }),
    coverage: (page: Page) => page.getByTestId("sidebar-coverage"),
    factor: (page: Page, factorId: string) => page.locator(`li.bench-factor[data-factor-id="${factorId}"]`),
    passages: (page: Page, factorId: string) => visitUi.sidebar.factor(page, factorId).getByTestId("factor-passages"),
    link: (page: Page, number: string, name: string) => page.getByRole("button", { name: `Link selection to ${number} ${name}`, exact: true }),
  },
  editor: (page: Page) => page.getByRole("textbox", { name: "Findings report" }),
};

/**
 * A rating toggle's accessible name. A pressed toggle draws "✓" with CSS `::before`
 * (board/rating.css), which Chromium includes in the name: "✓ Partly matched".
 */
function ratingButtonName(rating: string): RegExp {
  return new RegExp(`^(✓\\s*)?${escapeRegExp(rating)}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A full-page screenshot in tests/artifacts, scrolled to the top first (the header is sticky). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `visit-${name}.png`), fullPage: true });
}

/** Fills in the registration form and submits it; the caller waits for where it leads. */
export async function fillRegistration(page: Page, account: Account): Promise<void> {
  await visitUi.register.name(page).waitFor({ state: "visible", timeout: 20_000 });
  await visitUi.register.name(page).fill(account.name);
  // An invitation bound to an address fills it in; ours are for anyone with the link.
  await visitUi.register.email(page).fill(account.email);
  await visitUi.register.password(page).fill(account.password);
  await visitUi.register.submit(page).click();
}

/** The review id of a /reviews/<id>[/...] address. */
export function reviewIdOf(url: string): string | null {
  return /^\/reviews\/([^/]+)/.exec(new URL(url).pathname)?.[1] ?? null;
}

/** The moderator creates an invitation link for anyone with `role` and reads its address. */
export async function createInvitationLink(page: Page, role: "peer" | "host", roleLabel: string): Promise<string> {
  await visitUi.invite.role(page).selectOption(role);
  await visitUi.invite.submit(page).click();
  const link = visitUi.invite.link(page, roleLabel);
  await link.waitFor({ state: "visible", timeout: 15_000 });
  return link.inputValue();
}

/** Adds an evidence card through the Add evidence dialog. */
export async function addEvidenceCard(
  page: Page,
  card: { text: string; source: string; sourceLabel: string; stance: "Supports" | "Partly" | "Contradicts" },
): Promise<void> {
  await visitUi.board.addEvidence(page).click();
  const dialog = visitUi.board.cardDialog(page);
  await dialog.waitFor({ state: "visible", timeout: 10_000 });
  await dialog.getByLabel("What did you find?", { exact: true }).fill(card.text);
  await dialog.getByLabel("Kind of source", { exact: true }).selectOption({ label: card.source });
  await dialog.getByLabel("Source (optional)", { exact: true }).fill(card.sourceLabel);
  await dialog.getByRole("radio", { name: new RegExp(`^${card.stance}`) }).check();
  await dialog.getByRole("button", { name: "Add card", exact: true }).click();
  await dialog.waitFor({ state: "hidden", timeout: 10_000 });
  await visitUi.board.card(page, card.text).waitFor({ state: "visible", timeout: 10_000 });
}

/** Waits until `locator`'s text (trimmed) satisfies `test`. */
export async function waitForText(locator: Locator, test: (text: string) => boolean, description: string, timeout = 15_000): Promise<string> {
  let last = "";
  try {
    return await waitFor(
      async () => {
        last = ((await locator.first().textContent({ timeout: 1_000 })) ?? "").replace(/\s+/g, " ").trim();
        return test(last) ? last : null;
      },
      { timeout, interval: 50, description },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message} (last text: "${last}")`, { cause: error });
  }
}

/** Selects the last `length` characters before the caret (Shift+ArrowLeft, as a keyboard user would). */
export async function selectBackwards(page: Page, length: number): Promise<void> {
  await page.keyboard.down("Shift");
  for (let i = 0; i < length; i += 1) await page.keyboard.press("ArrowLeft");
  await page.keyboard.up("Shift");
}
