import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@review/server";
import { API_ROUTES, BENCHMARK_ROUTES, PAPER_ROUTES, REPORT_VERSION_ROUTES, invitationPagePath, type ReviewDetail } from "@review/shared";
import { createTranslator, type Translator } from "../../client/src/i18n/translate.ts";
import { en, type MessageKey } from "../../client/src/i18n/messages/en.ts";
import { de } from "../../client/src/i18n/messages/de.ts";
import { es } from "../../client/src/i18n/messages/es.ts";
import { ApiClient, expectStatus } from "../support/apiClient.ts";
import { axeViolations, formatViolations } from "../support/axe.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { paperComments, postThread, reviewComments } from "../support/commentCommands.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { shareSession } from "./reportPage.ts";

/**
 * WCAG 2.1 AA as axe-core measures it (issue 11), and reflow (1.4.10): every page of the app and
 * every dialog that opens on it, for each demo account that sees it in English, and for the
 * moderator in German and the host in Spanish (see rolesFor). Buttons and dialogs are found by the names the client's catalogues give them in the
 * language shown, so a dialog that cannot be opened in one language fails here.
 *
 * While fixing: A11Y_LANGS=de, A11Y_ROLES=elena,aoife and A11Y_PAGES=programme (words of page names) narrow a run,
 * A11Y_TRACE=1 logs each step's time.
 * Overflowing pages at 360 px in German leave a screenshot in tests/artifacts (a11y-overflow-*).
 */

const LANGUAGES = [
  { code: "en", browser: "en-GB", messages: en },
  { code: "de", browser: "de-DE", messages: de },
  { code: "es", browser: "es-ES", messages: es },
] as const;
type Language = (typeof LANGUAGES)[number]["code"];

type Role = "elena" | "jonas" | "aoife" | "luca";
const ACCOUNTS: Record<Role, (typeof DEMO_ACCOUNTS)[number]> = {
  elena: DEMO_ACCOUNTS[0]!, // network administrator, moderator of every demo review
  jonas: DEMO_ACCOUNTS[1]!, // peer
  aoife: DEMO_ACCOUNTS[2]!, // host of the first review
  luca: DEMO_ACCOUNTS[3]!, // partner of the first review
};
const ROLES = Object.keys(ACCOUNTS) as Role[];
const EVERYONE: readonly Role[] = ROLES;
const TEAM: readonly Role[] = ["elena", "jonas"];

/**
 * Every role in English; in German the moderator (who sees every page and most dialogs), in
 * Spanish the host (the host's own views), since a translation changes lengths and words, not
 * which controls a role gets; German's long words are the reflow test. Signed-out pages in every
 * language. A11Y_FULL=1 checks every role in every language (LONG_RUNS.md).
 */
const TRANSLATED_ROLES: Record<Exclude<Language, "en">, readonly Role[]> = { de: ["elena"], es: ["aoife"] };
const rolesFor = (language: Language): readonly Role[] => (language === "en" || process.env.A11Y_FULL === "1" ? ROLES : TRANSLATED_ROLES[language]);

/** Phone portrait, and 200 % zoom of a 1366 px wide screen. */
const REFLOW_VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 683, height: 768 },
] as const;
const WIDE = { width: 1280, height: 900 };

type Ids = { reviewId: string; factorId: string; paperId: string; benchmarkId: string; invitationCode: string; withdrawableInvitation: string };

type Ctx = { page: Page; t: Translator<MessageKey>; role: Role | null; language: Language };

/** A dialog (or menu) opened from a page: `open` answers what appeared; Escape closes it. */
type DialogSpec = { name: string; roles: readonly Role[]; open: (ctx: Ctx) => Promise<Locator> };

type PageSpec = {
  name: string;
  path: (ids: Ids) => string;
  /** Who sees the page; null = signed out. */
  roles: readonly Role[] | null;
  /** Resolves when the page shows what it is for (its own heading, loaded content). */
  ready: (ctx: Ctx) => Promise<void>;
  dialogs?: DialogSpec[];
};

const byName = (text: string) => ({ name: text, exact: true });

/** Clicks `trigger` and answers the modal dialog that opens (named by `title`, or any). */
async function openDialog(ctx: Ctx, trigger: Locator, title?: string): Promise<Locator> {
  await trigger.click();
  const dialog = title ? ctx.page.getByRole("dialog", { name: title }) : ctx.page.locator("dialog[open]");
  await dialog.waitFor({ state: "visible", timeout: 10_000 });
  return dialog;
}

const mainHeading = (ctx: Ctx, key: MessageKey, level = 1) =>
  ctx.page.getByRole("heading", { level, name: ctx.t(key), exact: true }).first().waitFor({ timeout: 20_000 });

/** No spinner, skeleton or busy region left in the page. */
async function settled(page: Page): Promise<void> {
  await waitFor(async () => (await page.locator(".spinner, .skeleton, [aria-busy='true']").count()) === 0, {
    timeout: 20_000,
    description: "the page to finish loading",
  });
}

/** A11Y_PAGES narrows a run to the pages whose name contains one of its comma-separated words. */
const chosenPage = (spec: PageSpec): boolean => !process.env.A11Y_PAGES || process.env.A11Y_PAGES.split(",").some((word) => spec.name.includes(word));

const PAGES: PageSpec[] = [
  {
    name: "sign-in",
    path: () => "/sign-in",
    roles: null,
    ready: (ctx) => mainHeading(ctx, "auth.signIn.title"),
  },
  {
    name: "register",
    path: () => "/register",
    roles: null,
    ready: (ctx) => mainHeading(ctx, "auth.register.title"),
  },
  {
    name: "invitation (signed out)",
    path: (ids) => invitationPagePath(ids.invitationCode),
    roles: null,
    ready: async (ctx) => {
      await ctx.page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
  },
  {
    name: "reviews list",
    path: () => "/",
    roles: EVERYONE,
    ready: async (ctx) => {
      await mainHeading(ctx, "reviews.list.title");
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "new review",
        roles: ["elena"],
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("reviews.list.new"))).first(), ctx.t("reviews.new.title")),
      },
    ],
  },
  {
    name: "review overview",
    path: (ids) => `/reviews/${ids.reviewId}`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
  },
  {
    name: "evidence board",
    path: (ids) => `/reviews/${ids.reviewId}/board`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("heading", { name: ctx.t("board.title") }).first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
  },
  {
    name: "factor board and self-assessment",
    path: (ids) => `/reviews/${ids.reviewId}/board/${ids.factorId}`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("region", { name: ctx.t("board.team.title"), exact: true }).waitFor({ timeout: 20_000 });
      await ctx.page.locator(".evidence-card").first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "add evidence",
        roles: TEAM,
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("board.card.add"))).first(), ctx.t("board.card.add")),
      },
      {
        name: "edit card",
        roles: TEAM,
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", { name: cardAction(ctx, "board.card.edit") }).first()),
      },
      {
        name: "move card",
        roles: TEAM,
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", { name: cardAction(ctx, "board.card.move") }).first()),
      },
      {
        name: "team rating",
        roles: ["elena"],
        open: (ctx) =>
          openDialog(
            ctx,
            ctx.page.getByRole("region", { name: ctx.t("board.team.title"), exact: true }).getByRole("button", { name: new RegExp(`^(${escape(ctx.t("board.team.record"))}|${escape(ctx.t("board.team.change"))})`) }),
            ctx.t("board.team.title"),
          ),
      },
    ],
  },
  {
    name: "findings report (benchmark, comments, workflow)",
    path: (ids) => `/reviews/${ids.reviewId}/report`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("textbox", { name: ctx.t("report.title") }).waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "export menu",
        roles: EVERYONE,
        open: async (ctx) => {
          await ctx.page.getByRole("button", byName(ctx.t("export.button"))).click();
          const menu = ctx.page.getByRole("menu", { name: ctx.t("export.menu") });
          await menu.waitFor({ timeout: 10_000 });
          return menu;
        },
      },
      {
        name: "status history",
        roles: EVERYONE,
        open: async (ctx) => {
          const summary = ctx.page.getByText(ctx.t("workflow.history.toggle"), { exact: true });
          await summary.click();
          const details = ctx.page.locator("details.status-history[open]");
          await details.waitFor({ timeout: 10_000 });
          await settled(ctx.page);
          return details;
        },
      },
      {
        name: "send to host (status change)",
        roles: ["elena"],
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("workflow.action.host_review")))),
      },
      {
        name: "delete own comment",
        roles: EVERYONE,
        open: (ctx) => openOwnCommentDelete(ctx),
      },
      {
        name: "link dialog",
        roles: TEAM,
        open: async (ctx) => {
          await ctx.page.getByRole("textbox", { name: ctx.t("report.title") }).click();
          return openDialog(
            ctx,
            ctx.page.getByRole("toolbar", { name: ctx.t("editor.toolbar.label") }).getByRole("button", byName(ctx.t("editor.toolbar.link"))),
            ctx.t("editor.link.title"),
          );
        },
      },
    ],
  },
  {
    name: "report history",
    path: (ids) => `/reviews/${ids.reviewId}/report/history`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("heading", { name: ctx.t("history.title") }).first().waitFor({ timeout: 20_000 });
      await ctx.page.getByTestId("version-viewer").waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "restore version",
        roles: TEAM,
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("history.restore.button")))),
      },
    ],
  },
  {
    name: "review preparation (host's project report and baseline context)",
    path: (ids) => `/reviews/${ids.reviewId}/preparation`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await mainHeading(ctx, "preparation.title", 2);
      await settled(ctx.page);
    },
  },
  {
    name: "visit programme (days, sessions, people met, coverage of the factors)",
    path: (ids) => `/reviews/${ids.reviewId}/programme`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await mainHeading(ctx, "programme.title", 2);
      await ctx.page.getByRole("heading", { name: ctx.t("programme.coverage.title") }).waitFor({ timeout: 20_000 });
      await ctx.page.getByRole("heading", { name: ctx.t("programme.day.number", { number: 1 }), exact: false }).first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "add a day",
        roles: TEAM,
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("programme.day.add"))), ctx.t("programme.day.addTitle")),
      },
      {
        // The seeded session with a pseudonymised participant: the moderator also sees the real-name field.
        name: "edit session",
        roles: TEAM,
        open: (ctx) =>
          openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("programme.session.edit", { title: "A skills audit with an interpreter" }))), ctx.t("programme.session.editTitle")),
      },
      {
        name: "delete session",
        roles: TEAM,
        open: (ctx) =>
          openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("programme.session.delete", { title: "Job club session with employers" }))), ctx.t("programme.session.deleteTitle", { title: "Job club session with employers" })),
      },
    ],
  },
  {
    name: "team and invitations",
    path: (ids) => `/reviews/${ids.reviewId}/team`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("heading", { name: ctx.t("members.title") }).first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "remove member",
        roles: ["elena"],
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("team.remove", { name: ACCOUNTS.jonas.name })))),
      },
      {
        name: "withdraw invitation",
        roles: ["elena"],
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("invite.withdraw"))).first()),
      },
    ],
  },
  {
    name: "papers list and score card",
    path: () => "/papers",
    roles: EVERYONE,
    ready: async (ctx) => {
      await mainHeading(ctx, "papers.list.title");
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "new paper",
        roles: ["elena"],
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("papers.list.new"))).first(), ctx.t("papers.new.title")),
      },
    ],
  },
  {
    name: "paper",
    path: (ids) => `/papers/${ids.paperId}`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("textbox").first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "delete own paper comment",
        roles: EVERYONE,
        open: (ctx) => openOwnCommentDelete(ctx),
      },
      {
        name: "paper status change",
        roles: ["elena"],
        open: (ctx) => openDialog(ctx, ctx.page.getByRole("button", byName(ctx.t("papers.action.steering_review")))),
      },
      {
        // Not a dialog: the addressee form of the paper's first recommendation (Escape closes it too).
        name: "paper recommendation addressees",
        roles: ["elena"],
        open: async (ctx) => {
          await ctx.page.getByRole("button", { name: ctx.t("workflow.followUp.chooseFor", { index: 1 }), exact: true }).click();
          const form = ctx.page.locator(".paper-recommendations .follow-up__form");
          await form.waitFor({ state: "visible", timeout: 10_000 });
          return form;
        },
      },
    ],
  },
  {
    name: "paper history",
    path: (ids) => `/papers/${ids.paperId}/history`,
    roles: EVERYONE,
    ready: async (ctx) => {
      await ctx.page.getByRole("heading", { name: ctx.t("history.title") }).first().waitFor({ timeout: 20_000 });
      await ctx.page.getByRole("link", { name: ctx.t("history.paper.back") }).waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
  },
  {
    name: "benchmarks",
    path: () => "/benchmarks",
    roles: ["elena"],
    ready: async (ctx) => {
      await mainHeading(ctx, "benchmarks.title");
      await settled(ctx.page);
    },
  },
  {
    name: "benchmark",
    path: (ids) => `/benchmarks/${ids.benchmarkId}`,
    roles: ["elena"],
    ready: async (ctx) => {
      await ctx.page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
  },
  {
    name: "network members",
    path: () => "/network",
    roles: ["elena"],
    ready: async (ctx) => {
      await mainHeading(ctx, "network.title");
      await settled(ctx.page);
    },
    dialogs: [
      {
        name: "password reset link",
        roles: ["elena"],
        open: (ctx) =>
          openDialog(ctx, ctx.page.getByRole("button", { name: new RegExp(`^${escape(ctx.t("network.account.resetLink"))}\\s*: ${escape(ACCOUNTS.jonas.name)}$`) }), ctx.t("network.account.resetTitle")),
      },
      {
        name: "deactivate account",
        roles: ["elena"],
        open: (ctx) =>
          openDialog(
            ctx,
            ctx.page.getByRole("button", { name: new RegExp(`^${escape(ctx.t("network.account.deactivate"))}\\s*: ${escape(ACCOUNTS.jonas.name)}$`) }),
            ctx.t("network.account.deactivateTitle", { name: ACCOUNTS.jonas.name }),
          ),
      },
    ],
  },
  {
    name: "account",
    path: () => "/account",
    roles: EVERYONE,
    ready: (ctx) => mainHeading(ctx, "account.title"),
  },
  {
    name: "notifications",
    path: () => "/inbox",
    roles: EVERYONE,
    ready: async (ctx) => {
      await mainHeading(ctx, "notifications.title");
      await ctx.page.locator(".inbox-list, .inbox-empty").first().waitFor({ timeout: 20_000 });
    },
  },
  {
    name: "search results",
    path: () => "/search?q=migrant",
    roles: EVERYONE,
    ready: async (ctx) => {
      await mainHeading(ctx, "search.title");
      await ctx.page.locator(".search-summary").waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
  },
  {
    name: "network recommendations",
    path: () => "/recommendations?status=proposed",
    roles: ["elena"],
    ready: async (ctx) => {
      await mainHeading(ctx, "recommendations.title");
      await ctx.page.locator(".recommendations-page__count").waitFor({ timeout: 20_000 });
      await settled(ctx.page);
    },
  },
  {
    name: "reset password (signed out)",
    path: () => "/reset-password/abcdefghijklmnopqrstuvwxyz234567",
    roles: null,
    ready: (ctx) => mainHeading(ctx, "account.reset.title"),
  },
  {
    name: "page not found",
    path: () => "/no-such-page",
    roles: ["luca"],
    ready: (ctx) => mainHeading(ctx, "notFound.title"),
  },
];

/** Opens the comments tab, finds this account's comment (under whichever filter shows it) and asks to delete it. */
async function openOwnCommentDelete(ctx: Ctx): Promise<Locator> {
  await ctx.page.getByRole("tab", { name: new RegExp(`^${escape(ctx.t("comments.aside.comments"))}`) }).click();
  const own = ctx.page.getByRole("button", byName(ctx.t("comments.comment.deleteLabel")));
  const filters = ctx.page.getByRole("radiogroup", { name: ctx.t("comments.panel.filters") }).getByRole("radio");
  for (let index = 0; index < (await filters.count()) && (await own.count()) === 0; index += 1) {
    await filters.nth(index).click();
    for (const thread of await ctx.page.locator("article.thread--list").all()) {
      if ((await own.count()) > 0) break;
      await thread.click();
    }
  }
  return openDialog(ctx, own.first());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A card action's name ("Edit card “{card}”") as a pattern for any card. */
function cardAction(ctx: Ctx, key: MessageKey): RegExp {
  const [before, after] = ctx.t(key, { card: "\u0000" }).split("\u0000");
  return new RegExp(`^${escape(before ?? "")}.*${escape(after ?? "")}$`);
}

describe("WCAG 2.1 AA (axe-core) and reflow on every page, dialog, role and language", () => {
  let server: TestServer;
  let browser: PlaywrightBrowser;
  const contexts = new Map<Role, BrowserContext>();
  const clients = new Map<Role, ApiClient>();
  let ids: Ids;
  const browserErrors: string[] = [];
  /** Every failure, collected so one run names all of them. */
  const failures: string[] = [];
  const checked = { pages: 0, dialogs: 0, reflow: 0, combinations: new Set<string>() };

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, seedDemo: true });
    for (const role of ROLES) {
      const client = new ApiClient(server);
      await client.login({ email: ACCOUNTS[role].email, password: DEMO_PASSWORD });
      clients.set(role, client);
    }
    const elena = clients.get("elena")!;
    const reviews = expectStatus(await elena.get(API_ROUTES.reviews), 200, "list reviews").body.reviews as ReviewDetail[];
    const review = reviews.find((candidate) => candidate.title === "Peer review: Pathways to Work") ?? reviews[0]!;
    const papers = expectStatus(await elena.get(PAPER_ROUTES.list), 200, "list papers").body.papers as { id: string }[];
    const benchmarks = expectStatus(await elena.get(BENCHMARK_ROUTES.list), 200, "list benchmarks").body.benchmarks as { id: string }[];
    // What some dialogs need: a rated factor with cards (the seed rates boards), an invitation,
    // a named version, and a comment of each account on the report and on the paper.
    const invitation = (role: string) => elena.post(API_ROUTES.reviewInvitations(review.id), { role });
    const first = expectStatus(await invitation("peer"), 201, "invitation").body.invitation as { code: string; id: string };
    expectStatus(await invitation("host"), 201, "second invitation");
    expectStatus(await elena.post(REPORT_VERSION_ROUTES.list(review.id), { label: "Before the visit" }), 201, "named version");
    for (const role of ROLES) {
      await postThread(clients.get(role)!, reviewComments(review.id), { body: `A note from ${ACCOUNTS[role].name}` });
      await postThread(clients.get(role)!, paperComments(papers[0]!.id), { body: `A remark by ${ACCOUNTS[role].name}` });
    }
    ids = {
      reviewId: review.id,
      // Rated by the team (partly) and by the host (wholly): cards, votes, rating and the comparison.
      factorId: "core-2",
      paperId: papers[0]!.id,
      benchmarkId: review.benchmark?.id ?? benchmarks[0]!.id,
      invitationCode: first.code,
      withdrawableInvitation: first.id,
    };

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    for (const role of ROLES) {
      const context = await browser.newContext({ viewport: WIDE, locale: "en-GB" });
      await shareSession(context, clients.get(role)!, server.url);
      contexts.set(role, context);
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  /** Axe on the page as it is now; a violation is recorded with where it was found. */
  async function audit(ctx: Ctx, where: string, include?: Locator): Promise<void> {
    let selector: string | undefined;
    if (include) {
      await include.evaluate((element) => element.setAttribute("data-a11y-audit", ""));
      selector = "[data-a11y-audit]";
    }
    const violations = await axeViolations(ctx.page, { include: selector });
    if (violations.length > 0) failures.push(`${where}:\n${formatViolations(violations)}`);
  }

  /** At each reflow viewport the page must not scroll sideways; the wide viewport is restored. */
  async function reflow(ctx: Ctx, where: string): Promise<void> {
    for (const viewport of REFLOW_VIEWPORTS) {
      await ctx.page.setViewportSize(viewport);
      const widths = await ctx.page.evaluate(
        () =>
          new Promise<{ scroll: number; inner: number; widest: string }>((resolve) =>
            requestAnimationFrame(() => {
              const inner = window.innerWidth;
              const describe = (element: Element) =>
                `${element.tagName.toLowerCase()}${element.classList.length > 0 ? `.${Array.from(element.classList).join(".")}` : ""} (${Math.round(element.getBoundingClientRect().width)}px)`;
              // The elements that stick out of a parent that fits (not clipped by a scrolling ancestor):
              // where the page gets wider, with the ancestors around it.
              const scroll = document.documentElement.scrollWidth;
              const clipped = (element: Element) => {
                for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
                  if (getComputedStyle(node).overflowX !== "visible") return true;
                }
                return false;
              };
              const culprits: string[] = [];
              for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
                const right = element.getBoundingClientRect().right;
                const parentRight = element.parentElement?.getBoundingClientRect().right ?? 0;
                if (right > inner + 1 && parentRight <= inner + 1 && !clipped(element) && culprits.length < 3) {
                  const chain: string[] = [];
                  for (let node: Element | null = element; node && node !== document.body && chain.length < 6; node = node.parentElement) chain.push(describe(node));
                  culprits.push(`${chain.join(" < ")} [right ${Math.round(right)}]`);
                }
              }
              const widest = culprits.join("; ");
              resolve({ scroll, inner, widest });
            }),
          ),
      );
      checked.reflow += 1;
      if (widths.scroll > widths.inner) {
        failures.push(`${where} at ${viewport.width}x${viewport.height}: scrollWidth ${widths.scroll} > innerWidth ${widths.inner}; first element past the edge: ${widths.widest}`);
        if (ctx.language === "de" && viewport.width === 360) {
          await ctx.page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-overflow-${where.replace(/[^a-z0-9]+/gi, "-")}.png`), fullPage: true });
        }
      }
    }
    await ctx.page.setViewportSize(WIDE);
  }

  async function checkPage(ctx: Ctx, spec: PageSpec): Promise<void> {
    const who = ctx.role ?? "signed out";
    const where = `${spec.name} [${who}, ${ctx.language}]`;
    const started = Date.now();
    const trace = (what: string) => {
      if (process.env.A11Y_TRACE) console.log(`${((Date.now() - started) / 1000).toFixed(1)}s ${where} ${what}`);
    };
    await ctx.page.goto(`${server.url}${spec.path(ids)}`);
    await spec.ready(ctx);
    expect(await ctx.page.evaluate(() => document.documentElement.lang), where).toBe(ctx.language);
    trace("ready");
    await audit(ctx, where);
    trace("axe");
    // Every tab of a tab list on the page (e.g. benchmark / comments beside the report).
    const tabs = ctx.page.locator("main [role='tab'][aria-selected='false']");
    for (let index = await tabs.count(); index > 0; index -= 1) {
      const tab = tabs.first();
      const label = (await tab.textContent())?.trim() ?? "";
      await tab.click();
      await settled(ctx.page);
      await audit(ctx, `${where} tab "${label}"`);
    }
    trace("tabs");
    await reflow(ctx, where);
    trace("reflow");
    checked.pages += 1;
    checked.combinations.add(`${spec.name}|${who}|${ctx.language}`);
    if (ctx.language === "de") {
      await ctx.page.setViewportSize(REFLOW_VIEWPORTS[0]);
      await ctx.page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-de-360-${who}-${spec.name.replace(/[^a-z0-9]+/gi, "-")}.png`), fullPage: true });
      await ctx.page.setViewportSize(WIDE);
    }

    // The page is loaded afresh for a dialog only when the one before left it changed (another
    // address, or not closed by Escape): reloading for each dialog doubled this test's time.
    let reusable = false;
    for (const dialog of spec.dialogs ?? []) {
      if (!ctx.role || !dialog.roles.includes(ctx.role)) continue;
      const dialogWhere = `${where} dialog "${dialog.name}"`;
      const address = `${server.url}${spec.path(ids)}`;
      if (!reusable || ctx.page.url() !== address) {
        await ctx.page.goto(address);
        await spec.ready(ctx);
      }
      reusable = false;
      let opened: Locator;
      try {
        opened = await dialog.open(ctx);
      } catch (error) {
        failures.push(`${dialogWhere}: could not be opened: ${(error as Error).message.split("\n")[0]}`);
        continue;
      }
      await audit(ctx, dialogWhere, opened);
      await reflow(ctx, dialogWhere);
      await ctx.page.keyboard.press("Escape");
      reusable = await opened.waitFor({ state: "hidden", timeout: 5_000 }).then(
        () => true,
        () => (failures.push(`${dialogWhere}: Escape did not close it`), false),
      );
      checked.dialogs += 1;
      trace(`dialog ${dialog.name}`);
    }
  }

  /**
   * Below 1100 px the top bar is one Menu disclosure button: it opens with the keyboard, holds the
   * navigation, the language and Sign out, closes on Escape and gives focus back to the button.
   */
  async function checkMenu(ctx: Ctx): Promise<void> {
    const where = `top bar menu [${ctx.role}, ${ctx.language}]`;
    const button = ctx.page.getByRole("button", byName(ctx.t("shell.menu")));
    // Wide: no Menu button, the navigation and Sign out are in the bar.
    await ctx.page.goto(`${server.url}/`);
    await mainHeading(ctx, "reviews.list.title");
    expect(await button.isVisible(), `${where}: no Menu button at ${WIDE.width} px`).toBe(false);
    expect(await ctx.page.getByRole("navigation", { name: ctx.t("shell.navigation") }).getByRole("link", byName(ctx.t("reviews.list.title"))).isVisible(), where).toBe(true);
    expect(await ctx.page.getByRole("button", byName(ctx.t("shell.signOut"))).isVisible(), where).toBe(true);
    if (ctx.language === "de") {
      // Just above the breakpoint, the longest labels: looked at by people (tests/artifacts).
      await ctx.page.setViewportSize({ width: 1100, height: 600 });
      await ctx.page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-topbar-1100-de-${ctx.role}.png`), clip: { x: 0, y: 0, width: 1100, height: 80 } });
    }
    await ctx.page.setViewportSize(REFLOW_VIEWPORTS[0]);
    try {
      expect(await button.getAttribute("aria-expanded"), where).toBe("false");
      // Hidden while closed: no navigation to tab through.
      expect(await ctx.page.getByRole("navigation", { name: ctx.t("shell.navigation") }).isVisible(), where).toBe(false);
      await button.focus();
      await ctx.page.keyboard.press("Enter");
      expect(await button.getAttribute("aria-expanded"), where).toBe("true");
      const menu = ctx.page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
      await menu.getByRole("navigation", { name: ctx.t("shell.navigation") }).getByRole("link", byName(ctx.t("papers.nav"))).waitFor({ timeout: 5_000 });
      await menu.getByRole("combobox", byName(ctx.t("language.label"))).waitFor({ timeout: 5_000 });
      await menu.getByRole("button", byName(ctx.t("shell.signOut"))).waitFor({ timeout: 5_000 });
      await audit(ctx, where, menu);
      await ctx.page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-menu-${ctx.language}-${ctx.role}.png`) });
      // Keyboard reachable: Tab from the button goes into the menu.
      await ctx.page.keyboard.press("Tab");
      expect(await menu.evaluate((element) => element.contains(document.activeElement)), `${where}: Tab moves into the menu`).toBe(true);
      await ctx.page.keyboard.press("Escape");
      expect(await button.getAttribute("aria-expanded"), where).toBe("false");
      expect(await button.evaluate((element) => element === document.activeElement), `${where}: focus returns to the Menu button`).toBe(true);
      checked.dialogs += 1;
    } finally {
      await ctx.page.setViewportSize(WIDE);
    }
  }

  for (const language of LANGUAGES.filter((candidate) => !process.env.A11Y_LANGS || process.env.A11Y_LANGS.split(",").includes(candidate.code))) {
    it(`signed-out pages in ${language.code}`, async () => {
      const context = await browser.newContext({ viewport: WIDE, locale: language.browser });
      try {
        const page = await context.newPage();
        page.on("pageerror", (error) => browserErrors.push(`signed out, ${language.code}: ${error.message}`));
        const ctx: Ctx = { page, t: createTranslator(language.code, language.messages, en), role: null, language: language.code };
        for (const spec of PAGES.filter((candidate) => candidate.roles === null && chosenPage(candidate))) await checkPage(ctx, spec);
      } finally {
        await context.close();
      }
    }, 120_000);

    for (const role of rolesFor(language.code).filter((candidate) => !process.env.A11Y_ROLES || process.env.A11Y_ROLES.split(",").includes(candidate))) {
      it(`${role}'s pages and dialogs in ${language.code}`, async () => {
        // The account's language wins once signed in (as e2e/german does).
        expectStatus(await clients.get(role)!.request("PUT", API_ROUTES.myLocale, { locale: language.code }), 200, "set the account's language");
        const page = await contexts.get(role)!.newPage();
        page.on("pageerror", (error) => browserErrors.push(`${role}, ${language.code}: ${error.message}`));
        try {
          const ctx: Ctx = { page, t: createTranslator(language.code, language.messages, en), role, language: language.code };
          for (const spec of PAGES.filter((candidate) => candidate.roles?.includes(role) && chosenPage(candidate))) await checkPage(ctx, spec);
          await checkMenu(ctx);
        } finally {
          await page.close();
        }
      }, 240_000);
    }
  }

  it("found no violation, no sideways scroll and no uncaught error", () => {
    const views = [...checked.combinations].map((entry) => entry.split("|"));
    const pages = new Set(views.map(([page]) => page)).size;
    const roles = new Set(views.map(([, role]) => role)).size;
    const languages = new Set(views.map(([, , language]) => language)).size;
    console.log(
      `accessibility: ${views.length} page views (${pages} pages × ${languages} languages × ${roles} roles incl. signed out, each page for the roles that see it), ` +
        `${checked.pages} pages and ${checked.dialogs} dialogs/menus checked with axe, ${checked.reflow} reflow measurements at 360x740 and 683x768`,
    );
    expect(failures.join("\n\n")).toBe("");
    expect(browserErrors).toEqual([]);
  });
});
