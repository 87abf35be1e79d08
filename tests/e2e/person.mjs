// How a person fills the app: finds each control by its label and types a fitting answer.
import { By } from 'selenium-webdriver';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const IIN = '900102300121';
export const BIN = '150440012344';

/** The answer a person would give to a question with this label. */
function answerFor(label, kind) {
  const l = label.toLowerCase();
  // English, Russian and Kazakh labels.
  if (/iin \/ bin|иин \/ бин|жсн \/ бсн/.test(l)) return kind === 'individual' ? IIN : BIN;
  if (/\((iin|иин|жсн)\)/.test(l)) return IIN;
  if (/\((bin|бин|бсн)\)/.test(l)) return BIN;
  if (/e-mail|электронная почта|электрондық пошта/.test(l)) return 'office@example.kz';
  if (/^(phone|fax|телефон|факс)/.test(l)) return '8 701 123 45 67';
  if (l.includes('iban')) return 'KZ86 125K ZT50 0410 0100';
  if (/commodity code|тн вэд|сэқ тн/.test(l)) return '8543 70 900 0';
  if (/^(quantity|количество|саны)/.test(l)) return '2';
  return 'Test answer ' + label.slice(0, 20);
}

async function typeDate(driver, input, iso) {
  // Chromium's date field takes the digits in the order it shows them (en-US: month, day, year).
  const [y, m, d] = iso.split('-');
  await input.sendKeys(m + d + y);
}

/** Fills every empty control of the current step, repeating while new questions appear.
 * `driver` may also be a shadow root (an embedded app): only CSS lookups are used. */
export async function fillStep(driver, kind) {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    const labels = await driver.findElements(By.css('.step label[for]'));
    for (const label of labels) {
      // A choice can add or remove questions; the page is then read again.
      try {
        if (await fillOne(driver, label, kind)) changed = true;
      } catch (e) {
        if (e.name !== 'StaleElementReferenceError') throw e;
        changed = true;
        break;
      }
    }
    if (!changed) return;
  }
}

async function fillOne(driver, label, kind) {
  let changed = false;
  {
      const id = await label.getAttribute('for');
      if (id.startsWith('paste-') || id.startsWith('file-') || id.startsWith('waive-')) return false;
      const inputs = await driver.findElements(By.id(id));
      if (inputs.length === 0) return false;
      const input = inputs[0];
      const tag = await input.getTagName();
      const type = await input.getAttribute('type');
      const text = (await label.getText()).trim();
      if (type === 'radio') {
        const name = await input.getAttribute('name');
        const group = await driver.findElements(By.css(`input[name="${name}"]:checked`));
        if (group.length === 0) { await label.click(); changed = true; }
      } else if (type === 'checkbox') {
        if (await input.isSelected()) return false;
        const inGroup = await driver.findElements(By.css(`fieldset input[id="${id}"]`));
        if (inGroup.length) {
          const name = await input.getAttribute('name');
          const any = await driver.findElements(By.css(`input[name="${name}"]:checked`));
          if (any.length) return false;
        }
        await label.click();
        changed = true;
      } else if (tag === 'select') {
        if ((await input.getAttribute('value')) === '') {
          for (const option of await input.findElements(By.css('option'))) {
            if ((await option.getText()).trim() === 'Belarus') await option.click();
          }
          changed = true;
        }
      } else if ((await input.getAttribute('value')) === '') {
        if (type === 'date') {
          const past = /date of issue|date of the change|^date|дата выдачи|дата изменения|берілген күні|өзгеріс болған күн/i.test(text);
          await typeDate(driver, input, past ? '2026-11-20' : '2027-06-30');
        } else {
          await input.sendKeys(answerFor(text, kind));
        }
        await input.sendKeys('\t');
        changed = true;
      }
  }
  return changed;
}

/** Adds one row to each table of the step that has none. */
export async function addRows(driver, label = 'Add a row') {
  const editors = await driver.findElements(By.css('.table-editor'));
  for (const editor of editors) {
    const rows = await editor.findElements(By.css('tbody tr'));
    if (rows.length === 0) await byText(editor, 'button', label).then((b) => b.click());
  }
}

/** The first `tag` element under `root` whose text is `text` (CSS only, so shadow roots work). */
export async function byText(root, tag, text) {
  for (const el of await root.findElements(By.css(tag))) {
    if ((await el.getText()).replace(/\s+/g, ' ').trim() === text) return el;
  }
  throw new Error(`no ${tag} with text "${text}"`);
}

export async function clickLabel(driver, text) {
  await fresh(async () => (await byText(driver, 'label', text)).click());
}

export async function clickLink(driver, text) {
  await fresh(async () => (await byText(driver, 'a', text)).click());
}

/** Runs `read` again when the element it read was repainted in between. */
export async function fresh(read) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (e) {
      if (e.name !== 'StaleElementReferenceError' || attempt >= 5) throw e;
    }
  }
}

export async function heading(driver) {
  return fresh(() => driver.findElement(By.css('h1')).getText());
}

/** Waits until the page heading changes from `before`. */
export async function nextHeading(driver, before) {
  await driver.wait(async () => (await heading(driver)) !== before, 5000, `the step did not change from "${before}"`);
  return heading(driver);
}

/** Polls `check` until it is true (works for a driver and a shadow root alike). */
export async function waitFor(check, timeout, message) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch (e) {
      if (e.name !== 'StaleElementReferenceError') throw e;
    }
    if (Date.now() > end) throw new Error(message);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

let files;
/** Sample files on disk to attach: a PDF-ish document and an .xls notification. */
export async function sampleFiles() {
  if (files) return files;
  const dir = await mkdtemp(join(tmpdir(), 'knb-files-'));
  files = { pdf: join(dir, 'document.pdf'), xls: join(dir, 'notification.xls'), empty: join(dir, 'empty.pdf') };
  await writeFile(files.pdf, '%PDF-1.4 sample document\n');
  await writeFile(files.xls, 'sample notification sheet');
  await writeFile(files.empty, '');
  return files;
}

/** Attaches a file to every document marked missing, except those named in `skip`. */
export async function attachMissing(driver, skip = [], words = { missing: 'Missing', attached: 'Attached' }) {
  const f = await sampleFiles();
  const count = (await driver.findElements(By.css('.document'))).length;
  for (let i = 1; i <= count; i++) {
    // Found afresh each time: attaching repaints the list.
    const item = () => driver.findElement(By.css(`.document:nth-child(${i})`));
    const name = await (await item()).findElement(By.css('h2')).getText();
    const state = await (await item()).findElement(By.css('.state')).getText();
    if (state !== words.missing || skip.some((s) => name.includes(s))) continue;
    const input = await driver.findElement(By.css(`input[id="${await (await item()).findElement(By.css('.drop-zone label')).getAttribute('for')}"]`));
    await input.sendKeys(name.includes('*.xls') ? f.xls : f.pdf);
    await waitFor(async () => (await (await item()).findElement(By.css('.state')).getText()) === words.attached, 5000, `${name} was not attached`);
  }
}
