// End-to-end: the release build in real headless Chromium, looked at as a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, startBrowser, waitForApp, consoleErrors, By } from './support.mjs';

let server;
let driver;

before(async () => {
  server = await serveDist();
  driver = await startBrowser();
});

after(async () => {
  await driver?.quit();
  await server?.close();
});

test('the first screen lists the eight services with their terms and fees', async () => {
  await driver.get(server.url);
  const title = await waitForApp(driver);
  assert.match(title, /applicant's assistant/);

  const cards = await driver.findElements(By.css('.service-list > li'));
  assert.equal(cards.length, 8);
  const headings = await Promise.all((await driver.findElements(By.css('.service-list h3'))).map((h) => h.getText()));
  assert.match(headings[0], /development, production, repair and sale of special technical means/);
  assert.match(headings[6], /Registration of notifications about characteristics of goods/);

  const first = await cards[0].getText();
  assert.match(first, /15 working days/);
  assert.match(first, /20 MCI/);
  assert.match(first, /2 MCI/);
  assert.match(await cards[1].getText(), /0\.9 MCI/);
  assert.match(await cards[3].getText(), /Free of charge/);

  assert.deepEqual(await consoleErrors(driver), []);
});
