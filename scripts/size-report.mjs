// Prints the release bundle's sizes: raw, gzip and brotli (maximum levels) per file type.
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('bundle sizes (raw / gzip / brotli):');
for (const name of readdirSync(dist).sort()) {
  if (!['.wasm', '.js', '.css', '.html'].includes(extname(name))) continue;
  const data = readFileSync(join(dist, name));
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`  ${name.padEnd(40)} ${kb(data.length).padStart(10)} ${kb(gz).padStart(10)} ${kb(br).padStart(10)}`);
}
