// What every Chromium suite shares: the demo server on port 0 (with its own simulator), one
// headless Debian Chromium driven by playwright-core, console-error collection and screenshots.
// Without Chromium the suites are skipped with a message saying so; CI sets REQUIRE_CHROMIUM=1
// so a missing browser fails the run instead.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe } from 'vitest';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulator, type RunningSimulator, type Simulator, type SimulatorPlugin } from '../../src/simulator';

/** The Chromium binary: Debian's, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM_PATH);

/** Where screenshots go: test-results/screenshots/{suite}/{nn}-{step}.png. */
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

/**
 * `describe` when Chromium exists; otherwise a skipped suite and one line saying why (or, with
 * REQUIRE_CHROMIUM=1, a failure).
 */
export function describeInChromium(name: string, body: () => void): void {
  if (hasChromium) {
    describe(name, body);
    return;
  }
  const why = `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH): skipped "${name}"`;
  if (process.env.REQUIRE_CHROMIUM === '1') throw new Error(why);
  console.warn(`\n[bc-storefront] ${why}\n`);
  describe.skip(name, body);
}

/** A running demo server and the simulator behind it. */
export interface Demo {
  origin: string;
  simulator: Simulator;
  server: ViteDevServer;
  close(): Promise<void>;
}

/** Starts `npm run demo`'s Vite config on 127.0.0.1:0 with a fresh simulator. */
export async function startDemo(): Promise<Demo> {
  const server = await createServer({
    configFile: new URL('../../demo/vite.config.ts', import.meta.url).pathname,
    configLoader: 'runner',
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer!.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const plugin = server.config.plugins.find((p) => p.name === 'bc-storefront-simulator') as SimulatorPlugin | undefined;
  if (!plugin) throw new Error('the demo config has no embedded simulator (is BC_STORE_URL set?)');
  return { origin: `http://127.0.0.1:${port}`, simulator: plugin.api.simulator, server, close: () => server.close() };
}

/**
 * A headless Chromium with the flags this closed network needs (no background connections).
 * playwright-core gives every launch a fresh, temporary profile of its own.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** What went wrong in a page: console errors, uncaught exceptions and dialogs (e.g. an injected alert). */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** Opens a page in a new context and records every console error, uncaught error and dialog. */
export async function openPage(browser: Browser): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, context, problems };
}

/** Screenshots for one suite, numbered in the order taken. */
export function screenshots(suite: string): (page: Page, step: string) => Promise<string> {
  const dir = join(SCREENSHOT_DIR, suite);
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return async (page, step) => {
    const path = join(dir, `${String(++count).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
}

/** The demo server and Chromium a suite shares, started before its tests and closed after. */
export interface ChromiumSuite {
  readonly demo: Demo;
  readonly browser: Browser;
}

/** Starts the demo and Chromium in `beforeAll` and closes both in `afterAll`; read them in tests. */
export function useDemoInChromium(before?: () => void): ChromiumSuite {
  const suite = {} as { demo: Demo; browser: Browser };
  beforeAll(async () => {
    before?.();
    [suite.demo, suite.browser] = await Promise.all([startDemo(), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.demo?.close();
  });
  return suite;
}

/** The two sites of a cross-site test and the suite's Chromium. */
export interface CrossSite {
  /** The store: a simulator on 127.0.0.1. */
  readonly sim: Simulator;
  readonly store: RunningSimulator;
  /** The headless site, `http://localhost:{port}`: another site than the store for the browser. */
  readonly siteOrigin: string;
  readonly browser: Browser;
}

/**
 * Starts a store (a fresh simulator) and a headless site on localhost whose pages the function
 * `setup` resolves to answers, plus Chromium, in `beforeAll`; closes all three in `afterAll`.
 */
export function useCrossSite(setup: () => Promise<(url: URL) => { type: string; body: string }>): CrossSite {
  const suite = {} as { sim: Simulator; store: RunningSimulator; siteOrigin: string; browser: Browser };
  let site: Server | undefined;
  beforeAll(async () => {
    suite.sim = createSimulator();
    const [page, store, browser] = await Promise.all([setup(), suite.sim.listen(), launchChromium()]);
    Object.assign(suite, { store, browser });
    site = createHttpServer((req, res) => {
      const { type, body } = page(new URL(req.url ?? '/', 'http://localhost'));
      res.setHeader('Content-Type', `${type}; charset=utf-8`);
      res.end(body);
    });
    await new Promise<void>((resolve) => site!.listen(0, 'localhost', resolve));
    suite.siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.store?.close();
    await new Promise((resolve) => site?.close(resolve));
  });
  return suite;
}
