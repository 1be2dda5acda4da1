/**
 * A one-line progress indication on stderr ("Reading file.xlsx…"), shown only when stderr is a
 * terminal, so pipes, logs and `--json` consumers never see it. Each step overwrites the previous
 * one; `done()` erases the line.
 */
export interface Progress {
  step(text: string): void;
  done(): void;
}

export function createProgress(write: (text: string) => void, enabled: boolean): Progress {
  let shown = false;
  return {
    step(text) {
      if (!enabled) return;
      write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (!enabled || !shown) return;
      write("\r\x1b[2K");
      shown = false;
    },
  };
}
