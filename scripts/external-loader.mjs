// Trunk post-build hook: moves Trunk's inline loader script into a file of its own, so the page
// runs under a Content Security Policy without 'unsafe-inline' or hashes. Also writes the
// loader's import path into a fixed-name module (knb-assistant.mjs) that host pages import.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline loader script in index.html');
const code = match[1].trim() + '\n';
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(htmlPath, html.replace(inline, `<script type="module" src="/${name}"></script>`));

// A stable entry for host pages: re-exports the hashed wasm-bindgen module.
const glue = readdirSync(dir).find((f) => /^knb-assistant-[0-9a-f]+\.js$/.test(f));
if (!glue) throw new Error('no wasm-bindgen module in the staging directory');
const wasm = glue.replace(/\.js$/, '_bg.wasm');
writeFileSync(join(dir, 'knb-assistant.mjs'),
  `// Entry for host pages: await ready, then mount(element, options).\n` +
  `import init, * as bindings from './${glue}';\n` +
  `export const ready = init({ module_or_path: new URL('./${wasm}', import.meta.url) });\n` +
  `export const { mount, estimate } = bindings;\n`);
