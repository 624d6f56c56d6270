/**
 * Starts the receiver as a separate process exactly as a maintainer would
 * (`node feedback-receiver/src/main.ts` with FEEDBACK_* env), for the load
 * benchmark and the crash-durability test. A separate process also keeps the
 * load generator from competing with the server for one event loop.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

export const MAIN_PATH = path.resolve(import.meta.dirname, '..', 'src', 'main.ts');

export interface SpawnedReceiver {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** Sends a signal and resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Spawns the receiver and waits until it prints its listening URL.
 * @param env FEEDBACK_* variables; FEEDBACK_PORT defaults to 0 (any free port)
 * @param timeoutMs how long to wait for start-up
 */
export function spawnReceiver(env: Record<string, string>, timeoutMs = 10_000): Promise<SpawnedReceiver> {
  const child = spawn(process.execPath, [MAIN_PATH], {
    env: { PATH: process.env.PATH ?? '', FEEDBACK_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`receiver did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited early (code ${code}, signal ${signal}):\n${output}`));
    });
  });
}
