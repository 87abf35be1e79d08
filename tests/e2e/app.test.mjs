// End-to-end: the release build in real headless Chromium, looked at as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitForApp, consoleErrors, By, byLabel } from './support.mjs';
import { heading, fresh } from './person.mjs';

let server;
let driver;
useBrowser((s, d) => {
  server = s;
  driver = d;
});

test('the first screen lists the eight services with their terms and fees', async () => {
  await driver.get(server.url);
  assert.equal(await waitForApp(driver), 'What do you want to do?');
  assert.match(await driver.findElement(By.css('.app-title')).getText(), /applicant's assistant/);

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

test('the search narrows the list and says how many match', async () => {
  await driver.get(server.url);
  await waitForApp(driver);
  const search = await byLabel(driver, 'Search the services');
  await search.sendKeys('import encryption');
  await driver.wait(async () => (await driver.findElements(By.css('.service-list > li'))).length === 1, 3000);
  assert.match(await driver.findElement(By.id('search-status')).getText(), /1 services match/);
  await search.sendKeys(' pizza');
  await driver.wait(async () => (await driver.findElements(By.css('.service-list > li'))).length === 0, 3000);
  assert.equal(await driver.findElement(By.id('search-status')).getText(), 'No service matches your search.');
});

test('a plain question leads to the service with its variant chosen; back and reload keep the step', async () => {
  await driver.get(server.url);
  await driver.navigate().refresh();
  await waitForApp(driver);
  await driver.findElement(By.xpath("//button[contains(., 'repair or sell special technical means')]")).click();
  await driver.wait(async () => (await heading(driver)).startsWith('Issuance of a license to engage in activities for development'), 5000);
  assert.match(await driver.getCurrentUrl(), /#\/service\/stm-licence$/);
  await driver.findElement(By.linkText('Start or continue the application')).click();
  await driver.wait(async () => (await heading(driver)) === 'Your application', 5000);
  const repair = await byLabel(driver, 'Repair and sale of special technical means intended for operational-search activities');
  assert.equal(await repair.isSelected(), true);
  // Focus moved to the new screen's heading.
  assert.equal(await driver.switchTo().activeElement().getAttribute('id'), 'page-heading');
  // Back returns to the overview; forward and reload return to the same step.
  await driver.navigate().back();
  await driver.wait(async () => (await heading(driver)).startsWith('Issuance of a license'), 5000);
  await driver.navigate().forward();
  await driver.wait(async () => (await heading(driver)) === 'Your application', 5000);
  await driver.navigate().refresh();
  await waitForApp(driver);
  assert.equal(await heading(driver), 'Your application');
});

test('validation shows on leaving a field, not while typing, and the summary links to the field', async () => {
  await driver.get(server.url + '#/apply/technical-study/annex-3');
  await driver.navigate().refresh();
  await waitForApp(driver);
  const email = await byLabel(driver, 'E-mail');
  await email.sendKeys('not-an-address');
  assert.equal((await driver.findElements(By.id('f-email-error'))).length, 0, 'no error while typing');
  await email.sendKeys('\t');
  const error = await fresh(() => driver.findElement(By.id('f-email-error')).getText());
  assert.match(error, /Enter an e-mail address like name@example.kz/);
  assert.equal(await (await byLabel(driver, 'E-mail')).getAttribute('aria-invalid'), 'true');
  await driver.findElement(By.xpath("//button[normalize-space(.)='Check this form']")).click();
  const summary = await driver.findElement(By.id('error-summary'));
  assert.match(await summary.getText(), /There is a problem/);
  await fresh(() => summary.findElement(By.xpath(".//a[starts-with(normalize-space(.), 'E-mail:')]")).click());
  assert.equal(await driver.switchTo().activeElement().getAttribute('id'), 'f-email');
});

test('spreadsheet rows paste with a per-row report', async () => {
  await driver.get(server.url + '#/apply/stm-import-export/annex-3');
  await driver.navigate().refresh();
  await waitForApp(driver);
  const paste = await byLabel(driver, 'Paste rows copied from a spreadsheet (one row per line, columns in the order above)');
  await driver.executeScript('arguments[0].value = arguments[1];', paste, 'Receiver\tR-1\t\tS-1\t2\t8543709000\nBroken\trow\nCamera\tC\t\t\t0\t8525890000');
  await driver.findElement(By.xpath("//button[normalize-space(.)='Add pasted rows']")).click();
  const report = await fresh(() => driver.findElement(By.css('.paste-report')).getText());
  assert.match(report, /Line 1: added/);
  assert.match(report, /Line 2: rejected, it has 2 cells but the table has 6 columns/);
  assert.match(report, /Line 3: rejected, Quantity: Enter a whole number greater than zero/);
  assert.equal((await driver.findElements(By.css('.table-editor tbody tr'))).length, 1);
  assert.equal(await (await byLabel(driver, 'Product name indicating its composition, Item 1')).getAttribute('value'), 'Receiver');
});

test('strict CSP, no inline script or style, and no request after the app has loaded', async () => {
  const html = await (await fetch(server.url)).text();
  assert.match(html, /Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /\sstyle=/, 'no inline style');
  await driver.get(server.url + '#/');
  await driver.executeScript('localStorage.clear();');
  await driver.navigate().refresh();
  await waitForApp(driver);
  const loaded = server.requests.length;
  // Use the app: search, an overview, a form, validation, the documents step.
  await (await byLabel(driver, 'Search the services')).sendKeys('permit');
  await driver.get(server.url + '#/service/stm-import-export');
  await driver.get(server.url + '#/apply/stm-import-export/annex-3');
  await (await byLabel(driver, 'E-mail')).sendKeys('x@y.kz\t');
  await driver.get(server.url + '#/apply/stm-import-export/documents');
  await driver.get(server.url + '#/apply/stm-import-export/check');
  assert.deepEqual(server.requests.slice(loaded), [], 'requests made by the app after loading');
  const external = await driver.executeScript('return performance.getEntriesByType("resource").map(e => e.name).filter(n => !n.startsWith(location.origin))');
  assert.deepEqual(external, []);
  assert.deepEqual(await consoleErrors(driver), [], 'no CSP violation or other error');
});

test('markup typed into answers is shown as text on screen, in print and in the read-back', async () => {
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  await driver.get(server.url + '#/apply/technical-study/annex-3');
  await driver.executeScript('localStorage.clear();');
  await driver.navigate().refresh();
  await waitForApp(driver);
  await (await byLabel(driver, 'Full name, or surname, name and patronymic (if any), of the applicant')).sendKeys(hostile);
  await driver.findElement(By.xpath("//button[normalize-space(.)='Add a row']")).click();
  await (await byLabel(driver, 'Product name indicating its composition, Item 1')).sendKeys(hostile);
  for (const [hash, where] of [['#/apply/technical-study/check', '.step'], ['#/apply/technical-study/print', '.print-view']]) {
    await driver.get(server.url + hash);
    const text = await fresh(() => driver.findElement(By.css(where)).getText());
    assert.ok(text.includes(hostile), `${hash} shows the markup as text`);
  }
  await (await byLabel(driver, 'Help-desk mode')).click();
  await driver.get(server.url + '#/apply/technical-study/read-back');
  assert.ok((await fresh(() => driver.findElement(By.css('.read-back')).getText())).includes(hostile));
  assert.equal(await driver.executeScript('return document.querySelectorAll("main img, main script").length'), 0);
  assert.equal(await driver.executeScript('return window.pwned === undefined'), true);
});
