/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `{ id: 'x', hidden: true, title: undefined }` → ` id="x" hidden`. Undefined and false are left out. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

/**
 * ` name='…'`: a value that is JSON, in single quotes. JSON is full of double quotes, each of
 * which a double-quoted value would spell `&#34;`; the matrix's data is a fifth smaller this way,
 * and a talk that repeats the matrix has it on every copy. `<` and `>` stay escaped as everywhere.
 */
export function jsonAttribute(name: string, value: unknown): string {
  return ` ${name}='${JSON.stringify(value).replace(/[&<>']/g, (char) => `&#${char.charCodeAt(0)};`)}'`;
}
