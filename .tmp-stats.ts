import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
const dir = 'content/software/';
const per = new Map<string, string[]>();
let facts = 0; const tiers: Record<string, number> = {}; const bases: Record<string, number> = {}; let impl = 0;
for (const f of readdirSync(dir)) {
  const d = parse(readFileSync(dir + f, 'utf8'));
  for (const p of d.ports) {
    facts++; const t = p.tier ?? 'niche'; tiers[t] = (tiers[t] ?? 0) + 1; if (p.basis) bases[p.basis.kind] = (bases[p.basis.kind] ?? 0) + 1; if (p.implements) impl++;
    if (t === 'primary') { const k = `${p.port}/${p.transport}`; per.set(k, [...(per.get(k) ?? []), `${d.name}[${p.basis?.kind}]`]); }
  }
}
console.log({ products: readdirSync(dir).length, facts, tiers, bases, impl });
for (const [k, v] of per) if (v.length > 2 || process.argv.includes(k)) console.log(k, v.join(' | '));
