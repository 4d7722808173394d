/** Parses planned time: a number of seconds, or text such as `90s`, `2m`, `1m30s`, `20min`. */
const DURATION = /^(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/;

/** Returns seconds, or undefined when the value is not a duration. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) || undefined;
  const match = DURATION.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const seconds = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

/** `95` → `1m35s`, for messages and notes. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  if (minutes === 0) return `${rest}s`;
  return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}
