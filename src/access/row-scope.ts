import type { Params } from '../app/read/sql';
import type { ReadModel } from '../app/read/model';
import type { Viewer } from './viewer';

/**
 * The row scope of `viewer` on `model`, as a SQL condition over alias `t` (or `undefined` for no
 * restriction). Every list, count, lookup and relation load passes through here, so lists,
 * `totalCount`, cursors and aggregates always agree.
 *
 * Until role-based access lands every verified viewer sees every row.
 */
export function rowScope(_model: ReadModel, _viewer: Viewer, _params: Params): string | undefined {
  return undefined;
}
