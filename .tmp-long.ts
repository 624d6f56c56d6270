import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
const dir = 'content/software/';
for (const f of readdirSync(dir)) {
  const d = parse(readFileSync(dir + f, 'utf8'));
  if (d.ports.some((p: any) => p.tier === 'primary' || p.tier === 'common') && d.name.length > 16 && !d.shortName) console.log(f.replace('.yaml', ''), '|', d.name);
}
