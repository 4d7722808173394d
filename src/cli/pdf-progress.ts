/**
 * What the export tells the person waiting. In a terminal, one status line that is rewritten
 * in place as the export moves on; in a log (CI, a pipe) only what is worth keeping, such as
 * "building the deck", one line each. Always on stderr, so stdout carries only the result.
 */
export interface Progress {
  /** A step has begun; `lasting` steps (a build) are also worth a line in a log. */
  step(text: string, lasting?: boolean): void;
  /** Clears the status line before the closing message. */
  end(): void;
}

/** A progress reporter for `stream`, live when it is a terminal; lines start with `command`. */
export function progressOn(stream: NodeJS.WriteStream, command: string): Progress {
  const live = stream.isTTY === true;
  let shown = false;
  return {
    step(text, lasting = false) {
      if (live) {
        // Carriage return and "erase line": the new step replaces the old one.
        stream.write(`\r\x1b[2K${command}: ${text}…`);
        shown = true;
      } else if (lasting) {
        stream.write(`${command}: ${text}…\n`);
      }
    },
    end() {
      if (live && shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
