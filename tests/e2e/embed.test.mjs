// End-to-end: the assistant as a guest in a host page with a strict CSP: it mounts, completes an
// application, fires its events, leaves the host's styles and address bar alone, makes no
// request of its own, and two instances do not collide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, consoleErrors, By } from './support.mjs';
import { fillStep, addRows, byText, attachMissing, fresh } from './person.mjs';

let server;
let driver;
useBrowser((s, d) => {
  server = s;
  driver = d;
});

async function shadow(hostId = 'assistant') {
  const host = await driver.wait(async () => {
    const ok = await driver.executeScript(`const h = document.getElementById('${hostId}'); return Boolean(h && h.shadowRoot && h.shadowRoot.querySelector('h1'));`);
    return ok ? driver.findElement(By.id(hostId)) : null;
  }, 15000, 'the assistant did not mount');
  return host.getShadowRoot();
}

async function heading(root) {
  return fresh(async () => (await root.findElement(By.css('h1'))).getText());
}

async function waitHeading(root, check, what) {
  await driver.wait(async () => check(await heading(root)), 5000, what);
  return heading(root);
}

test('the example host page: mount, complete, events, styles, address bar, no requests', async () => {
  await driver.get(server.url + 'examples/embed.html');
  const root = await shadow();
  const loaded = server.requests.length;
  const url = await driver.getCurrentUrl();
  assert.match(await heading(root), /Issuance of a conclusion on technical study/);

  // The host's styles are intact, and they do not reach into the assistant.
  const hostH1 = await driver.executeScript('return getComputedStyle(document.querySelector(".portal-header h1")).color');
  assert.equal(hostH1, 'rgb(255, 210, 122)');
  const ourH1 = await driver.executeScript('return getComputedStyle(document.getElementById("assistant").shadowRoot.querySelector("h1")).color');
  assert.equal(ourH1, 'rgb(27, 31, 36)');
  const ourFont = await driver.executeScript('return getComputedStyle(document.getElementById("assistant").shadowRoot.querySelector(".knb-app")).fontFamily');
  assert.doesNotMatch(ourFont, /Georgia/);

  // Complete an application inside the shadow root, as a person would.
  await (await byText(root, 'a', 'Start or continue the application')).click();
  let title = await waitHeading(root, (t) => t === 'Your application', 'set-up');
  await (await byText(root, 'label', 'A legal entity (or its branch or representative office)')).click();
  while (title !== 'Documents') {
    await (await byText(root, 'a', 'Continue')).click();
    const before = title;
    title = await waitHeading(root, (t) => t !== before, `after ${before}`);
    if (title === 'Documents') break;
    await addRows(root);
    await fillStep(root, 'legal');
  }
  await attachMissing(root);
  await (await byText(root, 'a', 'Continue')).click();
  await waitHeading(root, (t) => t === 'Check your answers', 'check');
  assert.match(await (await root.findElement(By.css('.verdict'))).getText(), /^Ready/);

  // The host heard both events, with the draft as JSON.
  const change = JSON.parse(await driver.executeScript('return window.lastChange'));
  assert.equal(change.service, 'technical-study');
  const ready = JSON.parse(await driver.executeScript('return window.readyDetail'));
  assert.equal(ready.kind, 'legal_entity');
  assert.match(await driver.findElement(By.id('event-log')).getText(), /knb-ready/);

  // Routing stayed in memory; nothing was requested after the app's own files.
  assert.equal(await driver.getCurrentUrl(), url);
  assert.deepEqual(server.requests.slice(loaded), []);
  const files = server.requests.slice(0, loaded).map((r) => r.split('?')[0]);
  for (const f of files) assert.match(f, /^\/(examples\/embed\.(html|css|js)|knb-assistant(-[0-9a-f]+)?\.(mjs|js)|knb-assistant-[0-9a-f]+_bg\.wasm|favicon\.ico)$/, f);
  const external = await driver.executeScript('return performance.getEntriesByType("resource").map(e => e.name).filter(n => !n.startsWith(location.origin))');
  assert.deepEqual(external, []);
  assert.deepEqual((await consoleErrors(driver)).filter((e) => !e.includes('favicon')), []);
});

test('two instances on one page keep their own drafts and elements', async () => {
  await driver.get(server.url + 'examples/embed.html');
  await shadow();
  await driver.executeScript(`
    const second = document.createElement('div');
    second.id = 'second';
    document.querySelector('main').appendChild(second);
    window.secondInstance = window.mountAssistant(second, { service: 'crypto-sale-permit', storageKey: 'portal-second', mode: 'helpdesk' });`);
  const first = await shadow('assistant');
  const second = await shadow('second');
  assert.match(await heading(first), /technical study/);
  assert.match(await heading(second), /sale \(including other transfer\)/);
  // Both have an element with the same id, each in its own shadow root.
  assert.equal(await driver.executeScript('return document.getElementById("assistant").shadowRoot.getElementById("page-heading") !== document.getElementById("second").shadowRoot.getElementById("page-heading")'), true);
  // Help-desk mode was set for the second only.
  assert.equal(await (await second.findElement(By.css('#helpdesk-mode'))).isSelected(), true);
  assert.equal(await (await first.findElement(By.css('#helpdesk-mode'))).isSelected(), false);
  // Unmount leaves the host element empty.
  await driver.executeScript('window.secondInstance.unmount();');
  assert.equal(await driver.executeScript('return document.getElementById("second").shadowRoot.childElementCount'), 0);
});
