/**
 * The machine a run was made on, printed above the table and kept in the JSON: figures
 * only compare with figures from the same kind of machine under the same load.
 */
import { cpus, loadavg, totalmem } from 'node:os';

/**
 * The 1-minute load average, sampled while the bench runs. The bench itself keeps about one
 * CPU busy, so only load well above that means other work was competing with it.
 */
export class LoadWatch {
  readonly before = loadavg()[0]!;
  peak = this.before;
  private readonly timer = setInterval(() => (this.peak = Math.max(this.peak, loadavg()[0]!)), LOAD_SAMPLE_MS).unref();

  stop(): { before: number; peak: number } {
    clearInterval(this.timer);
    return { before: this.before, peak: this.peak };
  }
}

/** Often enough to catch a burst of other work, rarely enough to cost nothing. */
const LOAD_SAMPLE_MS = 5_000;
/** Load the bench's own browser and builds account for, per the whole run. */
const OWN_LOAD = 1.5;

/**
 * A warning when other work competed with the run, or undefined on a quiet machine. Such
 * figures are slower and wider than an idle machine's; the ratios, measured turn by turn,
 * suffer less.
 */
export function loadNote(load: { before: number; peak: number }, cpuCount: number): string | undefined {
  if (load.before < cpuCount / 2 && load.peak < cpuCount + OWN_LOAD) return undefined;
  return `note: the machine was busy (load average ${load.before.toFixed(1)} before the run, up to ${load.peak.toFixed(1)} during it, on ${cpuCount} CPUs): absolute figures are slower and wider than on an idle machine; compare the ratios`;
}

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  platform: string;
  node: string;
  chromium: string;
  vite: string;
  revealJs: string;
  load: { before: number; peak: number };
}

/** This machine, with the versions the figures depend on. */
export function describeMachine(versions: Pick<Machine, 'chromium' | 'vite' | 'revealJs'>, load: Machine['load']): Machine {
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    ...versions,
    load,
  };
}

/** The line above the table. */
export function machineLine(machine: Machine): string {
  return `Deck benchmark, ${machine.date.slice(0, 10)}: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}, Chromium ${machine.chromium}, Vite ${machine.vite}, reveal.js ${machine.revealJs}`;
}
