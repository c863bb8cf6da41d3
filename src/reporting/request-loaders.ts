import type DataLoader from 'dataloader';
import type { Context } from '../access/request-context';
import type { BatchLoad } from '../core/read/loader-registry';

/**
 * The request's loader for reporting fields whose batches depend on arguments (`asOf`,
 * `from`/`to`): one loader per distinct argument set (in `key`), so every parent asking with the
 * same arguments shares one statement. Registered in the request's LoaderRegistry.
 */
export function reportingLoader<V>(ctx: Context, key: string, batch: BatchLoad<V>): DataLoader<number, V> {
  return ctx.read.registry.loader(key, batch);
}
