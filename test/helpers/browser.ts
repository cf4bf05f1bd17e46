import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import net from "node:net";
import { after, before, describe } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { startTestApp, type TestApp } from "./app.ts";

/** Chromium from CHROMIUM_PATH or Debian's package; undefined when the machine has none. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p));
}

/** Why browser tests are skipped here, or false when they run. CI sets REQUIRE_BROWSER=1: there they must run. */
export function browserSkipReason(): string | false {
  if (chromiumPath()) return false;
  if (process.env.REQUIRE_BROWSER === "1")
    throw new Error(
      "REQUIRE_BROWSER=1 but no Chromium found (install Debian's chromium or set CHROMIUM_PATH).",
    );
  return "browser tests skipped: no Chromium at /usr/bin/chromium or CHROMIUM_PATH";
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules on the page as it is now: zero violations allowed.
 * Sandboxed frames run no script, so axe cannot enter them (its wrapper would wait for ever):
 * what they show is checked as a page of its own (the journey test does it for an e-mail's HTML).
 */
export async function assertAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude("iframe[sandbox]")
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  assert.deepEqual(summary, [], `axe violations on ${page.url()}`);
}

/** Signs in on the sign-in page with a password; a staff account then lands on its second factor. */
export async function signInWithPassword(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServedApp {
  t: TestApp;
  browser: Browser;
  /** The origin the app listens on, also its BASE_URL. */
  base: string;
}

/**
 * An app listening on a free local port (its BASE_URL set to match) and a browser. `prepare`
 * runs before listening (categories, the few rows a file needs). What was started is closed
 * again if a later step fails.
 */
async function servedApp(
  env: Record<string, string>,
  prepare: (t: TestApp) => Promise<unknown>,
): Promise<ServedApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t = await startTestApp({ env: { BASE_URL: base, ...env }, deliverMailBeforeEachRequest: true });
  try {
    await prepare(t);
    await t.app.listen({ port, host: "127.0.0.1" });
    return { t, browser: await launchBrowser(), base };
  } catch (error) {
    await t.close();
    throw error;
  }
}

export interface BrowserSuite extends ServedApp {
  /** A fresh visitor's page (cookies already refused: see visitorPage), in French unless told otherwise. */
  page(options?: Parameters<Browser["newContext"]>[0]): Promise<Page>;
}

/**
 * What every browser test file starts from: a `describe` block, skipped with the reason when the
 * machine has no Chromium (CI sets REQUIRE_BROWSER=1, so there it must run), with one app served
 * on a free port and one browser for its tests, both closed after them, passed or failed.
 * `suite`'s fields are there once the tests run, not while `body` declares them.
 */
export function browserSuite(
  name: string,
  options: { env?: Record<string, string>; prepare?: (t: TestApp) => Promise<unknown> },
  body: (suite: BrowserSuite) => void,
): void {
  describe(name, { skip: browserSkipReason() }, () => {
    let served: ServedApp | undefined;
    const running = (): ServedApp => {
      if (!served) throw new Error("browserSuite: its app starts in before(); use it inside the tests");
      return served;
    };
    before(async () => {
      served = await servedApp(options.env ?? {}, options.prepare ?? (async () => {}));
    });
    after(async () => {
      await served?.browser.close();
      await served?.t.close();
    });
    body({
      get t() {
        return running().t;
      },
      get browser() {
        return running().browser;
      },
      get base() {
        return running().base;
      },
      page: (pageOptions = {}) =>
        visitorPage(running().browser, running().base, { locale: "fr-FR", ...pageOptions }),
    });
  });
}

/**
 * A page in a fresh browser whose visitor already refused all cookies (as most tests' people
 * would have, long before the journey they test); the cookie tests meet the banner themselves.
 */
export async function visitorPage(
  browser: Browser,
  base: string,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const answer = await context.request.post(`${base}/cookies`, {
    form: { choice: "none", from: "banner", next: "/" },
    maxRedirects: 0,
  });
  assert.equal(answer.status(), 303, "the cookie choice is accepted");
  return context.newPage();
}
