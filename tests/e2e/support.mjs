// Shared e2e support: a static server for the release build on 127.0.0.1, a headless Chromium
// driven through the system chromedriver, lookups by accessible label, and the axe audit.
import { createServer } from 'node:http';
import { readFile, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after } from 'node:test';
import { Builder, By, until } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';

const require = createRequire(import.meta.url);
const DEFAULT_DIST = resolve(process.env.DIST_DIR ?? 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves a build on a free loopback port and records every request it gets. */
export async function serveDist(dir = DEFAULT_DIST) {
  const DIST = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(DIST, path);
    if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
    let body;
    try { body = await readFile(file); } catch {
      file = join(DIST, 'index.html');
      body = await readFile(file);
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

export async function startBrowser() {
  const downloads = await mkdtemp(join(tmpdir(), 'knb-downloads-'));
  const options = new chrome.Options()
    .setChromeBinaryPath(process.env.CHROMIUM ?? '/usr/bin/chromium')
    .addArguments(
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--window-size=1280,900', `--user-data-dir=${await mkdtemp(join(tmpdir(), 'knb-e2e-'))}`,
    );
  options.setLoggingPrefs({ browser: 'ALL' });
  options.setUserPreferences({ 'download.default_directory': downloads, 'download.prompt_for_download': false });
  const service = new chrome.ServiceBuilder(process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver');
  const driver = await new Builder().forBrowser('chrome').setChromeOptions(options).setChromeService(service).build();
  driver.downloadDir = downloads;
  return driver;
}

/** Waits for the app's main heading: it only exists once the wasm has loaded and rendered. */
export async function waitForApp(driver, timeout = 15000) {
  const h1 = await driver.wait(until.elementLocated(By.css('h1')), timeout, 'the app did not render: did the wasm load?');
  return h1.getText();
}

/** The control a person finds by its label text (exact, whitespace-normalised). */
export async function byLabel(driver, label) {
  const xpath = `//label[normalize-space(.)=${xpathString(label)}]`;
  const el = await driver.findElement(By.xpath(xpath));
  const id = await el.getAttribute('for');
  return id ? driver.findElement(By.id(id)) : el.findElement(By.css('input,select,textarea'));
}

function xpathString(s) {
  if (!s.includes("'")) return `'${s}'`;
  return `concat('${s.split("'").join(`', "'", '`)}')`;
}

/** Runs axe-core on the current page; returns violations as readable lines. */
export async function axeViolations(driver) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await driver.executeScript(source);
  const result = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] }).then(
      (r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
      (e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
  `);
  return result.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}

/** Console errors the page logged (SEVERE), e.g. a failed wasm instantiation. */
export async function consoleErrors(driver) {
  const entries = await driver.manage().logs().get('browser');
  return entries.filter((e) => e.level.name === 'SEVERE').map((e) => e.message);
}

export { By, until };

/** Starts a server for `dir` and a browser before the file's tests, and stops both after;
 * `use(server, driver)` receives them. */
export function useBrowser(use, dir) {
  let server;
  let driver;
  before(async () => {
    server = await serveDist(dir);
    driver = await startBrowser();
    use(server, driver);
  });
  after(async () => {
    await driver?.quit();
    await server?.close();
  });
}
