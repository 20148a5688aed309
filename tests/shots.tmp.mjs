import { chromium } from "playwright-core";
const base = "http://localhost:3900";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(base + "/");
await page.getByLabel(/email/i).fill(process.argv[2] ?? "elena@example.org");
await page.getByLabel(/password/i).fill("impart-demo-2026");
await page.getByRole("button", { name: /sign in/i }).click();
await page.waitForTimeout(2500);
await page.screenshot({ path: "/tmp/shots/01-home.png" });
const links = await page.locator("a[href^='/reviews/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
console.log(links.slice(0, 10));
const review = links.find((h) => /^\/reviews\/[^/]+$/.test(h)) ?? links[0];
const paths = ["", "/programme", "/board", "/report", "/preparation"];
for (const [i, p] of paths.entries()) {
  await page.goto(base + review + p);
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `/tmp/shots/1${i}-review${p.replace("/", "-")}.png`, fullPage: false });
}
for (const [i, p] of ["/papers", "/recommendations", "/network", "/inbox"].entries()) {
  await page.goto(base + p);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shots/2${i}${p.replace("/", "-")}.png` });
}
await browser.close();
