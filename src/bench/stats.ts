/**
 * Every figure is the median, minimum and maximum of its runs, never one run: one page load on a
 * busy machine says little. Also: taking turns, timing a fresh process, bytes shipped.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gzipSync } from 'node:zlib';

/** A measured figure: its runs summarised, and the runs themselves for the JSON. */
export type Summary = { median: number; min: number; max: number; runs: number; samples: number[] };

/** Summarises samples; an even count takes the mean of the two middle values. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('bench: no samples to summarise');
  if (samples.some((value) => !Number.isFinite(value))) throw new Error(`bench: a sample is not a number (${samples.join(', ')})`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, samples: [...samples] };
}

/** `a / b` of the medians; undefined when either is missing or b is zero. */
export function ratio(a: Summary | undefined, b: Summary | undefined): number | undefined {
  return a && b && b.median !== 0 ? a.median / b.median : undefined;
}

/**
 * How far this run can be trusted on a ratio of medians: the 5th and 95th percentiles of the same
 * ratio over 2000 resamples of each side's runs (a percentile bootstrap). Nine page loads on a
 * busy 2-CPU machine spread by a fifth or more, so a ratio a few hundredths from its limit says
 * little; a limit inside this range is one the run cannot decide. Undefined below three runs a
 * side (a size is measured once). The resampling is seeded: the same runs give the same range.
 */
export function ratioRange(a: Summary | undefined, b: Summary | undefined, resamples = 2000): [low: number, high: number] | undefined {
  if (!a || !b || a.runs < 3 || b.runs < 3) return undefined;
  const random = seededRandom(0x15);
  const resampledMedian = (samples: readonly number[]) => summarize(samples.map(() => samples[Math.floor(random() * samples.length)]!)).median;
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const below = resampledMedian(b.samples);
    if (below !== 0) ratios.push(resampledMedian(a.samples) / below);
  }
  if (ratios.length === 0) return undefined;
  ratios.sort((x, y) => x - y);
  const at = (share: number) => ratios[Math.min(ratios.length - 1, Math.floor(share * ratios.length))]!;
  return [at(0.05), at(0.95)];
}

/** mulberry32: a small seeded generator, uniform in [0, 1); Math.random cannot be seeded. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A measurement, or why it could not be made. */
export type Outcome<T> = { value: T } | { error: string };

/**
 * A warm-up round (run -1, not kept: caches, JIT), then `runs` rounds in which every measure runs
 * once, one after another, so none competes for the CPU and load from elsewhere falls on all alike.
 * A measure that fails keeps its reason (the whole message goes to `log`) and sits out the later rounds.
 */
export async function takeTurns<K extends string>(runs: number, measures: Record<K, (run: number) => Promise<number>>, log: (message: string) => void = () => {}): Promise<Record<K, Outcome<number[]>>> {
  const results = Object.fromEntries(Object.keys(measures).map((key) => [key, { value: [] as number[] }])) as Record<K, Outcome<number[]>>;
  for (let run = -1; run < runs; run++) {
    for (const key of Object.keys(measures) as K[]) {
      const times = results[key];
      if ('error' in times) continue;
      try {
        const ms = await measures[key](run);
        if (run >= 0) times.value.push(ms);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${key} failed: ${message}`);
        results[key] = { error: `${key} failed: ${message.split('\n')[0]}` };
      }
    }
  }
  return results;
}

/** `promise`, or a rejection with `message` once `ms` have passed. */
export async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * `command args` as a fresh process: ms from spawn to exit (start-up included) and its stderr; a
 * non-zero exit, or running past `timeout` ms (0: no limit), rejects with the tail of its output.
 */
export async function timed(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env, timeout = 0): Promise<{ ms: number; stderr: string }> {
  const start = performance.now();
  try {
    const running = promisify(execFile)(command, args, { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024 });
    // An open stdin would keep a tool that also reads from stdin (marp-cli does) waiting for it.
    running.child.stdin?.end();
    const { stderr } = await running;
    return { ms: performance.now() - start, stderr };
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    const output = `${stdout}\n${stderr}`.trim().slice(-2000);
    throw new Error(`bench: ${basename(args[0] ?? command)} failed: ${output.split('\n').at(-1) || message}\n${[command, ...args].join(' ')} in ${cwd}\n${output}`);
  }
}

/** JS, CSS and fonts are what the issue budgets; HTML, images and the rest are `other`. */
export type SizeKind = 'js' | 'css' | 'fonts' | 'other';
const KIND_BY_EXTENSION: Record<string, SizeKind> = { js: 'js', mjs: 'js', css: 'css', woff2: 'fonts', woff: 'fonts', ttf: 'fonts', otf: 'fonts' };
export type BuildSizes = Record<SizeKind | 'total', { raw: number; gzip: number }>;

/** The kind a shipped file counts as, by its extension. */
export function kindOf(file: string): SizeKind {
  return KIND_BY_EXTENSION[file.split('.').pop()!.toLowerCase()] ?? 'other';
}

/** Bytes of the files (under a folder, or given) per kind and in total, raw and gzip -9 as a host compressing ahead sends them. */
export function measureBytes(files: string | readonly string[]): BuildSizes {
  const list = typeof files === 'string' ? readdirSync(files, { recursive: true, encoding: 'utf8' }).map((name) => join(files, name)).filter((path) => statSync(path).isFile()) : files;
  const sizes = Object.fromEntries(['js', 'css', 'fonts', 'other', 'total'].map((kind) => [kind, { raw: 0, gzip: 0 }])) as BuildSizes;
  for (const file of list) {
    const body = readFileSync(file);
    const gzip = gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
    for (const bytes of [sizes[kindOf(file)], sizes.total]) (bytes.raw += body.length), (bytes.gzip += gzip);
  }
  return sizes;
}
