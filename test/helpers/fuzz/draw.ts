/**
 * A small deterministic random source for the generators. fast-check draws one 32-bit seed per
 * request (so its run seed reproduces the whole run, and the failing request's own seed reproduces
 * that request); each request's document and variables are then drawn from this mulberry32 stream,
 * which is far cheaper per draw than `fc.gen()` over thousands of draws per request.
 */
export class Draw {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('Draw.pick of an empty list');
    return items[this.int(0, items.length - 1)];
  }

  /** Picks by weight: `[[3, 'a'], [1, 'b']]`. */
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    const total = items.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of items) {
      if ((r -= w) < 0) return v;
    }
    return items[items.length - 1][1];
  }

  /** `k` distinct items, in random order. */
  some<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(this.int(0, copy.length - 1), 1)[0]);
    return out;
  }
}
