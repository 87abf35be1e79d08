// Benchmark (not a test): keystroke-to-paint time in a 500-row goods table of the release build.
// Run after `trunk build --release`: node benches/table-keystroke.mjs
import { serveDist, startBrowser, waitForApp, By } from '../tests/e2e/support.mjs';

const server = await serveDist();
const driver = await startBrowser();
try {
  await driver.get(server.url + '#/apply/technical-study/annex-3');
  await waitForApp(driver);
  const rows = Array.from({ length: 500 }, (_, i) => `Item ${i}\tPurpose\tM-${i}\t\t${i + 1}\t8543709000`).join('\n');
  await driver.executeScript('document.getElementById("paste-goods").value = arguments[0];', rows);
  await driver.findElement(By.xpath("//button[normalize-space(.)='Add pasted rows']")).click();
  await driver.wait(async () => (await driver.findElements(By.css('tbody tr'))).length === 500, 30000);
  const samples = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const times = [];
    const work = [];
    const cell = (i) => document.getElementById('c-goods-' + i + '-name');
    const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    (async () => {
      for (let k = 0; k < 40; k++) {
        const input = cell((k * 37) % 500);
        const t0 = performance.now();
        input.value = input.value + 'x';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
        await new Promise((ok) => setTimeout(ok, 0));
        work.push(performance.now() - t0);
        await nextPaint();
        times.push(performance.now() - t0);
      }
      done([times, work]);
    })();
  `);
  const [paint, work] = samples.map((s) => s.sort((a, b) => a - b));
  const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(1);
  console.log(`keystroke-to-paint, 500-row table, ${paint.length} keystrokes: median ${pct(paint, 0.5)} ms, p95 ${pct(paint, 0.95)} ms, max ${pct(paint, 1)} ms`);
  console.log(`  of which the app's update (event to DOM patched): median ${pct(work, 0.5)} ms, p95 ${pct(work, 0.95)} ms`);
} finally {
  await driver.quit();
  await server.close();
}
