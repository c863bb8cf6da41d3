/** A one-line progress display on stderr (rewritten in place on a terminal, plain lines otherwise). */
export class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private last = '';
  private lastPlain = 0;

  /** A transient status line (e.g. "Q2 hub measure 12/20s 812 req/s"). */
  status(text: string): void {
    if (this.tty) {
      process.stderr.write(`\r\x1b[2K${text}`);
      this.last = text;
    } else if (Date.now() - this.lastPlain > 5000) {
      process.stderr.write(`  … ${text}\n`);
      this.lastPlain = Date.now();
    }
  }

  /** A permanent line. */
  log(text: string): void {
    if (this.tty && this.last) process.stderr.write('\r\x1b[2K');
    this.last = '';
    process.stderr.write(`${text}\n`);
  }
}
