import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ApiClient, networkAdministrator, newAccount } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { shareSession } from "./reportPage.ts";

const NEW_PASSWORD = "river stones and lanterns";

async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

describe("the account page, password links and deactivation, in Chromium", () => {
  let server: TestServer;
  let admin: ApiClient;
  const account = newAccount("Renate Weber");
  const browsers: Browser[] = [];
  let mine: Page;
  let myPhone: Page;
  let adminPage: Page;
  const browserErrors: string[] = [];

  const open = async (client?: ApiClient): Promise<Page> => {
    const browser = await launchChromium();
    browsers.push(browser);
    browser.page.on("pageerror", (error) => browserErrors.push(error.message));
    if (client) await shareSession(browser.context, client, server.url);
    return browser.page;
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, registration: "open" });
    admin = await networkAdministrator(server);
    const laptop = new ApiClient(server);
    await laptop.register(account);
    const phone = new ApiClient(server);
    await phone.login(account);
    mine = await open(laptop);
    myPhone = await open(phone);
    adminPage = await open(admin);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server?.cleanup();
  });

  it("opens from the top bar; a new name and colour show at once", async () => {
    await mine.goto(`${server.url}/`);
    await mine.getByRole("link", { name: /Renate Weber.*Account settings/ }).click();
    await mine.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await mine.getByLabel("Name", { exact: true }).fill("Renate Weber-Lopez");
    await mine.getByRole("radio", { name: "Colour 3" }).check();
    await mine.getByRole("button", { name: "Save profile" }).click();
    await mine.getByText("Profile saved.").waitFor();
    await mine.getByRole("link", { name: /Renate Weber-Lopez.*Account settings/ }).waitFor();
    expect(await mine.locator(".topbar .avatar").first().evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(4, 120, 87)");
    await mine.screenshot({ path: path.join(ARTIFACTS_DIR, "account-page.png"), fullPage: true });
  });

  it("a password change keeps this browser signed in and signs the other device out", async () => {
    await mine.getByLabel("Current password").fill(account.password);
    await mine.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await mine.getByLabel("New password again").fill("something else entirely");
    await mine.getByRole("button", { name: "Change password" }).click();
    await mine.getByText("The two new passwords are not the same.").waitFor();
    await mine.getByLabel("New password again").fill(NEW_PASSWORD);
    await mine.getByRole("button", { name: "Change password" }).click();
    await mine.getByText("Password changed. Other devices have been signed out.").waitFor();

    await mine.reload();
    await mine.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await myPhone.goto(`${server.url}/`);
    await myPhone.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  });

  it("an administrator's one-time link sets a new password in a fresh browser", async () => {
    await adminPage.goto(`${server.url}/network`);
    await adminPage.getByRole("button", { name: /^Reset password\s*: Renate Weber-Lopez$/ }).click();
    const dialog = adminPage.getByRole("dialog", { name: "Link to set a new password" });
    await dialog.waitFor();
    const link = await dialog.getByRole("textbox", { name: "Password link for Renate Weber-Lopez" }).inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/reset-password/[a-z2-7]{32}$`));
    await adminPage.screenshot({ path: path.join(ARTIFACTS_DIR, "account-reset-link.png") });
    await dialog.getByRole("button", { name: "Close" }).click();

    const fresh = await open();
    await fresh.goto(link);
    await fresh.getByRole("heading", { level: 1, name: "Set a new password" }).waitFor();
    await fresh.getByLabel("New password", { exact: true }).fill("lighthouse over the harbour");
    await fresh.getByLabel("New password again").fill("lighthouse over the harbour");
    await fresh.getByRole("button", { name: "Set password" }).click();
    await fresh.getByText("Your password is set").waitFor();
    await fresh.getByRole("link", { name: "Go to sign-in" }).click();
    await signIn(fresh, server.url, account.email, "lighthouse over the harbour");
    await fresh.getByRole("heading", { level: 1, name: "My reviews" }).waitFor();

    // Used once: the same link is refused with a clear message.
    const again = await open();
    await again.goto(link);
    await again.getByLabel("New password", { exact: true }).fill("another long passphrase");
    await again.getByLabel("New password again").fill("another long passphrase");
    await again.getByRole("button", { name: "Set password" }).click();
    await again.getByText(/not valid any more/).waitFor();
  });

  it("a deactivated account is signed out and told why when it tries to sign in", async () => {
    await adminPage.getByRole("button", { name: /^Deactivate\s*: Renate Weber-Lopez$/ }).click();
    await adminPage.getByRole("dialog", { name: "Deactivate Renate Weber-Lopez?" }).getByRole("button", { name: "Deactivate" }).click();
    await adminPage.getByText("Deactivated", { exact: true }).waitFor();
    await adminPage.getByRole("button", { name: /^Reactivate\s*: Renate Weber-Lopez$/ }).waitFor();

    const user = await open();
    await signIn(user, server.url, account.email, "lighthouse over the harbour");
    await user.getByText("This account has been deactivated. Ask an administrator of the network.").waitFor();
    expect(browserErrors).toEqual([]);
  });
});
