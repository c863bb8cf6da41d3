import DataLoader from 'dataloader';
import { Pacer } from './pacer';

/** A batch function: the values for `keys`, in their order. */
export type BatchLoad<V> = (keys: readonly number[]) => Promise<V[]>;

export interface LoaderOptions {
  /**
   * Memoize values for the rest of the request (DataLoader's `cache`, the default). A loader of
   * values a write in the same request may change can batch without memoizing.
   */
  cache?: boolean;
}

/**
 * The request's one registry of batched loaders, by key: the read models' loaders (loaders.ts), the
 * reporting fields and module aggregates all register here. Every loader batches up to 5,000 keys
 * a statement and dispatches through the request's pacer (pacer.ts), so a batch waits for the
 * rows still being paced out and the children of a large page stay one statement.
 */
export class LoaderRegistry {
  readonly pacer = new Pacer();
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();

  /** The loader registered under `key`, created with `batch` on first use in the request. */
  loader<V>(key: string, batch: BatchLoad<V>, options: LoaderOptions = {}): DataLoader<number, V> {
    let loader = this.loaders.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(batch, {
        maxBatchSize: 5000,
        cache: options.cache ?? true,
        batchScheduleFn: (dispatch) => this.pacer.schedule(dispatch),
      });
      this.loaders.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** Forgets every memoized value, e.g. after a mutation re-reads what it wrote. */
  clear(): void {
    this.loaders.clear();
  }
}
