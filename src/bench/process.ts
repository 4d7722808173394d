/**
 * Runs a command as a fresh process and times it from spawn to exit, as a person typing it
 * would wait for it: Node's start-up and module loading are part of the figure.
 */
import { spawn } from 'node:child_process';

export interface Finished {
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  stdout: string;
  stderr: string;
}

/** How much of a failed command's output a bench error quotes. */
const QUOTED_OUTPUT = 2000;

/** Runs `command args` in `cwd`; rejects with the output's tail when it exits non-zero. */
export function runTimed(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const ms = performance.now() - start;
      if (code === 0) return resolve({ ms, stdout, stderr });
      const output = `${stdout}\n${stderr}`.trim().slice(-QUOTED_OUTPUT);
      reject(new Error(`bench: "${[command, ...args].join(' ')}" in ${cwd} ${signal ? `was killed by ${signal}` : `exited with ${code}`}\n${output}`));
    });
  });
}
