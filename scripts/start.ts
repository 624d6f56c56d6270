/**
 * `npm start`: builds the whole site with the feedback widget pointed at a local receiver, then
 * serves the site (astro preview, http://localhost:4321) and runs the receiver beside it, so a
 * newcomer who clicks a face sees the vote stored. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSite } from './lib/site-build.ts';

const root = resolve(import.meta.dirname, '..');
const sitePort = process.env.PORT ?? '4321';
const receiverPort = process.env.FEEDBACK_PORT ?? '8787';
const env = {
  ...process.env,
  PUBLIC_FEEDBACK_URL: process.env.PUBLIC_FEEDBACK_URL ?? `http://127.0.0.1:${receiverPort}/api/feedback`,
  FEEDBACK_PORT: receiverPort,
  FEEDBACK_SITE_DIR: process.env.FEEDBACK_SITE_DIR ?? join(root, 'dist'),
  FEEDBACK_ALLOWED_ORIGIN: process.env.FEEDBACK_ALLOWED_ORIGIN ?? `http://localhost:${sitePort}`,
};
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
}

await buildSite(root, env);

const children = [run(['feedback-receiver/src/main.ts']), run([astro, 'preview', '--port', sitePort])];
console.log(`\nPort Atlas: http://localhost:${sitePort}  ·  feedback receiver: ${env.PUBLIC_FEEDBACK_URL}\n`);
const stop = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
