import { launchChromium } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/static-server.ts';
const cases: [string, string][] = [['telnet','/ports/23/'],['imaps','/ports/993/'],['ssh','/ports/22/'],['ldap','/ports/389/'],['syslog','/ports/514/'],['kerberos','/ports/88/'],['ms-sql-s','/ports/1433/'],['postgresql','/ports/5432/'],['and-lm','/ports/2646/'],['serialnumberd','/ports/626/'],['secure shell','/ports/22/'],['network time protocol','/ports/123/'],['grafana','/ports/3000/'],['jenkins','/ports/8080/'],['docker','/ports/2375/'],['imap','/ports/143/'],['samba','/ports/445/'],['openssh','/ports/22/'],['mongodb','/ports/27017/'],['syncthing','/ports/22000/'],['license manager','']];
const settings = JSON.parse(process.argv[2] ?? '[{}]');
const site = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(site.url + '/search/');
for (const s of settings) {
  const ranking = { termSimilarity: 10, metaWeights: { names: 3, title: 1 }, ...s };
  const out = await page.evaluate(async ({ cases, ranking }) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ noWorker: true, ranking });
    await pf.init();
    const res: string[] = [];
    for (const [q, want] of cases) {
      const r = await pf.search(q);
      const firsts = await Promise.all(r.results.slice(0, 3).map((x: any) => x.data()));
      const urls = firsts.map((d: any) => d.url);
      res.push(`${urls[0] === want ? 'ok ' : 'BAD'} ${q} -> ${urls.join(' ')}`);
    }
    return res;
  }, { cases, ranking });
  console.log(JSON.stringify(s), out.filter((l) => l.startsWith('ok')).length, '/', cases.length);
  console.log(out.filter((l) => !l.startsWith('ok')).join('\n'));
}
await browser.close(); await site.close();
