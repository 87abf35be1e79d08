// End-to-end: a deliberate panic in a test build shows the recovery screen, not a dead page;
// the saved drafts stay and are offered as a file.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { useBrowser, waitForApp, By, byLabel } from './support.mjs';

const PANIC_DIST = process.env.PANIC_DIST_DIR ?? 'target/dist-panic';
before(() => {
  assert.ok(existsSync(PANIC_DIST), `build the test-panic bundle first: trunk build --features test-panic --dist ${PANIC_DIST}`);
});
let server;
let driver;
useBrowser((s, d) => {
  server = s;
  driver = d;
}, PANIC_DIST);

test('a panic shows the recovery screen and keeps the drafts', async () => {
  await driver.get(server.url + '#/apply/technical-study/annex-3');
  await driver.executeScript('localStorage.clear();');
  await driver.navigate().refresh();
  await waitForApp(driver);
  await (await byLabel(driver, 'E-mail')).sendKeys('kept@example.kz');
  await driver.get(server.url + '#/');
  await (await byLabel(driver, 'Search the services')).sendKeys('__panic__');
  const screen = await driver.wait(async () => (await driver.findElements(By.css('.recovery'))).length && driver.findElement(By.css('.recovery')), 5000, 'no recovery screen');
  assert.match(await screen.getText(), /Something went wrong/);
  const link = await screen.findElement(By.linkText('Export the saved drafts'));
  assert.match(await link.getAttribute('href'), /^blob:/);
  assert.equal(await link.getAttribute('download'), 'knb-drafts-backup.json');
  const saved = await driver.executeScript('return localStorage.getItem("knb-assistant")');
  assert.match(saved, /kept@example\.kz/);
  // Reload brings the app back with the draft.
  await screen.findElement(By.linkText('Reload the assistant')).click();
  await driver.get(server.url + '#/apply/technical-study/annex-3');
  await driver.navigate().refresh();
  await waitForApp(driver);
  assert.equal(await (await byLabel(driver, 'E-mail')).getAttribute('value'), 'kept@example.kz');
});
