import DataLoader from 'dataloader';
import type { Context } from '../access/request-context';

const PER_REQUEST = new WeakMap<object, Map<string, DataLoader<number, unknown>>>();

/**
 * A per-request DataLoader for reporting fields whose batches depend on arguments (`asOf`,
 * `from`/`to`): one loader per distinct argument set, so every parent asking with the same
 * arguments shares one statement.
 */
export function reportingLoader<V>(ctx: Context, key: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
  let loaders = PER_REQUEST.get(ctx.read);
  if (!loaders) PER_REQUEST.set(ctx.read, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<number, V> | undefined;
  if (!loader) {
    loader = new DataLoader<number, V>(batch, { maxBatchSize: 5000 });
    loaders.set(key, loader as DataLoader<number, unknown>);
  }
  return loader;
}

// Building an Intl.DateTimeFormat costs about a quarter of a millisecond: build it once.
const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in China (the plan's calendar), `YYYY-MM-DD`. */
export function todayInChina(now = new Date()): string {
  return CHINA_DATE.format(now);
}
