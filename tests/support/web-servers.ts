import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderServerConfig, type ServerKind } from '../../src/lib/deploy/server-config.ts';

const repo = resolve(import.meta.dirname, '../..');

/** A program on PATH or in an sbin folder (Debian installs nginx in /usr/sbin, off a user's PATH). */
export function findProgram(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/local/sbin', '/usr/sbin', '/sbin'];
  return dirs.map((d) => join(d, name)).find((p) => existsSync(p)) ?? null;
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

/** deploy/<file> rendered for the built site at `site`, listening where the test says. */
function shippedConfig(kind: ServerKind, site: string, listen: string): string {
  const template = readFileSync(join(repo, 'deploy', kind === 'nginx' ? 'nginx.conf' : 'Caddyfile'), 'utf8');
  return renderServerConfig(kind, template, { root: site, listen, headersFile: readFileSync(join(site, '_headers'), 'utf8') });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a server in the foreground and waits until it answers HTTP; its output is kept for the error. */
async function run(command: string, args: string[], env: NodeJS.ProcessEnv, url: string, dir: string): Promise<RunningServer> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url, { redirect: 'manual' });
      return { url, stop };
    } catch {
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  await stop();
  throw new Error(`${command} ${args.join(' ')} did not start serving ${url}:\n${output}`);
}

/**
 * Real nginx serving `site` through deploy/nginx.conf, on a free port of 127.0.0.1. The main
 * configuration around it is the test's: pid, logs and temporary files in a folder of its own,
 * so it runs as root or not and touches neither /etc nor /var (it only reads Debian's mime.types).
 */
export async function startNginx(site: string): Promise<RunningServer> {
  const nginx = findProgram('nginx');
  if (!nginx) throw new Error('nginx not found: apt-get install -y nginx');
  const mimeTypes = '/etc/nginx/mime.types';
  if (!existsSync(mimeTypes)) throw new Error(`${mimeTypes} not found: the nginx package installs it`);
  const dir = mkdtempSync(join(tmpdir(), 'port-atlas-nginx-'));
  const port = await freePort();
  writeFileSync(join(dir, 'port-atlas.conf'), shippedConfig('nginx', site, `127.0.0.1:${port}`));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      'error_log stderr warn;',
      // As root, workers would switch to "nobody", who may not read a checkout in a private home.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'events { worker_connections 64; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp.map((t) => `  ${t}`),
      `  include ${join(dir, 'port-atlas.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  return run(nginx, ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'], process.env, `http://127.0.0.1:${port}`, dir);
}

/**
 * Real Caddy serving `site` through deploy/Caddyfile, on a free port of 127.0.0.1. The global
 * options in front of the shipped site block are the test's: no admin endpoint (a system Caddy may
 * hold localhost:2019), bound to 127.0.0.1 only, its data and config folders in a temporary folder.
 */
export async function startCaddy(site: string): Promise<RunningServer> {
  const caddy = findProgram('caddy');
  if (!caddy) throw new Error('caddy not found: apt-get install -y caddy');
  const dir = mkdtempSync(join(tmpdir(), 'port-atlas-caddy-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tdefault_bind 127.0.0.1\n}\n\n${shippedConfig('caddy', site, url)}`);
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') };
  return run(caddy, ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], env, url, dir);
}
