#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  console.error('tandem: dist/ is missing. Run `npm install` (or `npm run build`) in ' + root);
  process.exit(70);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv);
