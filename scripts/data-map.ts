// Writes docs/data-map.md from docs/data-map.json (npm run data-map).
import fs from 'node:fs';
import path from 'node:path';
import { readDataMap, renderDataMap } from '../src/lib/server/platform/data-map';

const root = path.resolve(import.meta.dirname, '..');
fs.writeFileSync(path.join(root, 'docs', 'data-map.md'), renderDataMap(readDataMap(root)));
process.stdout.write('Wrote docs/data-map.md\n');
