// The axe-core audit of every screen of the app: any violation fails, with its rule and element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, startBrowser, waitForApp, axeViolations } from '../support.mjs';

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

const screens = [{ name: 'service list', path: '' }];

for (const screen of screens) {
  test(`axe: ${screen.name}`, async () => {
    await driver.get(server.url + screen.path);
    await waitForApp(driver);
    const violations = await axeViolations(driver);
    assert.deepEqual(violations, [], `axe violations on ${screen.name}:\n${violations.join('\n')}`);
  });
}
