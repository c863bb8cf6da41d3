import { toGlobalId } from './ids';
import type { Params } from './sql';

export type Direction = 'ASC' | 'DESC';

/** One way to order a list: a NOT NULL column plus the primary key as the tie-breaker. */
export interface Ordering {
  column: string;
  direction: Direction;
}

/**
 * How one read type maps onto its table: the columns each field reads, and the orderings its
 * list offers. Loaders and connections build their SQL from this, so a type's SQL lives in one place.
 */
export interface ReadModel {
  /** GraphQL type name; also the prefix of its global ids. */
  readonly type: string;
  readonly table: string;
  /** read-row property → column */
  readonly columns: Readonly<Record<string, string>>;
  readonly orderings: Readonly<Record<string, Ordering>>;
  readonly defaultOrder: string;
  /** The SELECT list for alias `t`, with `t.id as "pk"`. */
  readonly selectList: string;
  /** Whether the table has `archived_at` (false for bare, append-only tables such as the audit log). */
  readonly archivable: boolean;
}

export interface ModelSpec {
  type: string;
  table: string;
  columns: Record<string, string>;
  orderings?: Record<string, Ordering>;
  defaultOrder?: string;
  /** Leave out the shared version/timestamp columns (append-only tables have none). */
  bare?: boolean;
}

const BASE_COLUMNS = { version: 'version', createdAt: 'created_at', updatedAt: 'updated_at', archivedAt: 'archived_at' };

export function defineModel(spec: ModelSpec): ReadModel {
  const orderings = { ID_ASC: { column: 'id', direction: 'ASC' as const }, ID_DESC: { column: 'id', direction: 'DESC' as const }, ...spec.orderings };
  const columns = spec.bare ? spec.columns : { ...BASE_COLUMNS, ...spec.columns };
  const selectList = [`t.id as "pk"`, ...Object.entries(columns).map(([prop, col]) => `t.${col} as "${prop}"`)].join(', ');
  return { type: spec.type, table: spec.table, columns, orderings, defaultOrder: spec.defaultOrder ?? 'ID_ASC', selectList, archivable: !spec.bare };
}

/** Every read row carries its numeric key (`pk`, internal) and its global id (`id`). */
export interface Row {
  pk: number;
  id: string;
}

export function finishRows<R extends Row>(model: ReadModel, rows: Record<string, unknown>[]): R[] {
  for (const row of rows) row.id = toGlobalId(model.type, row.pk as number);
  return rows as unknown as R[];
}

export interface Selection {
  /** Identifies the column set, for loader keys. */
  key: string;
  /** The SELECT list over alias `t`. */
  list: string;
}

const FULL: WeakMap<ReadModel, Selection> = new WeakMap();
const PRUNED: WeakMap<ReadModel, WeakMap<ReadonlySet<string>, Selection>> = new WeakMap();

/**
 * The columns to read for the requested fields: the key, every `…Id` reference (relation
 * resolvers and ownership checks use them) and the requested fields — never the wide text and
 * array columns nobody asked for. Without a field set, every column.
 */
export function selectionFor(model: ReadModel, fields?: ReadonlySet<string>): Selection {
  if (!fields) {
    let full = FULL.get(model);
    if (!full) FULL.set(model, (full = { key: '*', list: model.selectList }));
    return full;
  }
  let byFields = PRUNED.get(model);
  if (!byFields) PRUNED.set(model, (byFields = new WeakMap()));
  let sel = byFields.get(fields);
  if (!sel) {
    const props = Object.keys(model.columns).filter((p) => p.endsWith('Id') || fields.has(p));
    sel = { key: props.join(','), list: [`t.id as "pk"`, ...props.map((p) => `t.${model.columns[p]} as "${p}"`)].join(', ') };
    byFields.set(fields, sel);
  }
  return sel;
}

/**
 * Which rows of a read type the caller may see, as SQL. The kernel's list and relation loaders put
 * it in every WHERE; the access floor implements it from the viewer's role and claims
 * (access/row-scope.ts `scopeOf`), so the kernel knows nothing of roles.
 */
export interface RowScope {
  /**
   * The condition over alias `t` limiting `model`'s rows, or `undefined` for no restriction.
   * `narrow`: the query already limits the rows to a small key set (a page's relation load).
   */
  where(model: ReadModel, params: Params, narrow?: boolean): string | undefined;
  /** Whether rows loaded through `fkColumn` from an already scoped parent need no check of their own. */
  impliedByParent(model: ReadModel, fkColumn: string): boolean;
}
