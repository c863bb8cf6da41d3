/**
 * Spreads the completion of a large response over several event-loop turns.
 *
 * graphql-jit completes every object of a level in the microtasks that follow the level's batch:
 * 10,000 rows delivered by one DataLoader batch would be turned into response objects in one turn
 * of the event loop, during which no other request is served (issue 8: no request blocks the loop
 * for more than 100 ms). Each load passes its rows through the request's pacer: up to `perTurn`
 * rows go on at once; the rest wait, in order, for the next turns. The loaders' batches are
 * dispatched only once nothing waits (`schedule`), so the children of rows released over several
 * turns are still loaded in one statement: pacing never adds SQL.
 */
export class Pacer {
  private used = 0;
  private turnScheduled = false;
  private readonly waiting: { rows: number; go: () => void }[] = [];
  private readonly afterDrain: (() => void)[] = [];

  constructor(private readonly perTurn = 300) {}

  /** `value` now, or once a later turn has room for its `rows`. */
  pass<T>(value: T, rows: number): T | Promise<T> {
    if (!this.waiting.length && this.used + rows <= this.perTurn) {
      this.used += rows;
      this.scheduleTurn();
      return value;
    }
    return new Promise<T>((resolve) => {
      this.waiting.push({ rows, go: () => resolve(value) });
      this.scheduleTurn();
    });
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      this.used = 0;
      // A single load larger than a turn still goes on: it is at most one page of rows.
      while (this.waiting.length && (this.used === 0 || this.used + this.waiting[0].rows <= this.perTurn)) {
        const next = this.waiting.shift()!;
        this.used += next.rows;
        next.go();
      }
      if (!this.waiting.length && this.afterDrain.length) {
        const callbacks = this.afterDrain.splice(0);
        // After the completions the last release starts (they queue the next loads), as DataLoader would.
        void Promise.resolve().then(() => process.nextTick(() => callbacks.forEach((cb) => cb())));
      }
      if (this.waiting.length || this.used) this.scheduleTurn();
    });
  }

  /** DataLoader's `batchScheduleFn`: dispatch as DataLoader would, but never while rows wait. */
  schedule(dispatch: () => void): void {
    if (this.waiting.length) this.afterDrain.push(dispatch);
    else void Promise.resolve().then(() => process.nextTick(dispatch));
  }
}
