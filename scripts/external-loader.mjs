// Trunk post-build hook: moves Trunk's inline loader script into a file of its own, so the page
// runs under a Content Security Policy without 'unsafe-inline' or hashes. Also writes the
// loader's import path into a fixed-name module (knb-assistant.mjs) that host pages import.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
// The loader (a module) and, under `trunk serve`, the live-reload client (a classic script).
const inline = /<script( type="module")?>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, module, body) => {
  // Trunk fills these placeholders only inside the page; in a file the page's own address serves.
  const code = body.trim()
    .replace("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
    .replace("'{{__TRUNK_WS_BASE__}}'", "'/'") + '\n';
  const name = `${module ? 'loader' : 'script'}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  moved += 1;
  return `<script${module ?? ''} src="/${name}"></script>`;
});
if (moved === 0) throw new Error('no inline loader script in index.html');
writeFileSync(htmlPath, html);

// A stable entry for host pages: re-exports the hashed wasm-bindgen module.
const glue = readdirSync(dir).find((f) => /^knb-assistant-[0-9a-f]+\.js$/.test(f));
if (!glue) throw new Error('no wasm-bindgen module in the staging directory');
const wasm = glue.replace(/\.js$/, '_bg.wasm');
writeFileSync(join(dir, 'knb-assistant.mjs'),
  `// Entry for host pages: await ready, then mount(element, options).\n` +
  `import init, * as bindings from './${glue}';\n` +
  `export const ready = init({ module_or_path: new URL('./${wasm}', import.meta.url) });\n` +
  `export const { mount, estimate } = bindings;\n`);
