import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { finishRows, selectionFor, type ReadModel, type Row, type RowScope } from './model';
import { selectedFields } from './look-ahead';
import type { LoaderRegistry } from './loader-registry';
import { Params, type ReadDb } from './sql';

/** A many-to-many link table: rows of the target model reached from an owner key. */
export interface Pivot {
  table: string;
  ownerColumn: string;
  targetColumn: string;
}

const NESTED_ORDER = 't.id';

/**
 * Per-request batched loaders over plain SQL rows. Each relation level costs one statement no
 * matter how many parents ask, and the viewer's row scope is in every WHERE. They register in the
 * request's LoaderRegistry, beside the reporting and aggregate loaders.
 */
export class Loaders {
  private readonly views = new Map<FieldNode, LoaderView>();

  constructor(
    private readonly db: ReadDb,
    private readonly scope: RowScope,
    private readonly registry: LoaderRegistry,
  ) {}

  private get<V>(key: string, batch: (keys: readonly number[]) => Promise<V[]>): { load(k: number): Promise<V> } {
    const loader = this.registry.loader<V>(key, batch);
    const pacer = this.registry.pacer;
    return { load: (k) => loader.load(k).then((v) => pacer.pass(v, Array.isArray(v) ? v.length : 1)) };
  }

  private scoped(model: ReadModel, params: Params, conditions: string[], parentFk?: string): string {
    // A relation whose visibility follows from its (already scoped) parent needs no second check.
    if (parentFk && this.scope.impliedByParent(model, parentFk)) return conditions.join(' and ');
    // Every loader query is keyed by a page's worth of parents: a narrow scope.
    const scope = this.scope.where(model, params, true);
    if (scope) conditions.push(scope);
    return conditions.join(' and ');
  }

  /** One row by key, or null when it does not exist or is outside the viewer's scope. */
  byPk<R extends Row>(model: ReadModel, pk: number, fields?: ReadonlySet<string>): Promise<R | null> {
    const sel = selectionFor(model, fields);
    return this.get<R | null>(`pk:${model.type}:${sel.key}`, async (keys) => {
      const params = new Params();
      const where = this.scoped(model, params, [`t.id = any(${params.add(keys)}::int[])`]);
      const rows = finishRows<R>(model, await this.db.query(`select ${sel.list} from ${model.table} t where ${where}`, params.values));
      const byPk = new Map(rows.map((r) => [r.pk, r]));
      return keys.map((k) => byPk.get(k) ?? null);
    }).load(pk);
  }

  /**
   * The rows whose `fkColumn` points at `key` (one-to-many), unarchived, at most `limit` per key,
   * in `order` (SQL over alias `t`, written by the caller's module, never taken from input).
   */
  children<R extends Row>(model: ReadModel, fkColumn: string, key: number, limit: number, order = NESTED_ORDER, fields?: ReadonlySet<string>): Promise<R[]> {
    const sel = selectionFor(model, fields);
    return this.get<R[]>(`fk:${model.type}:${fkColumn}:${limit}:${order}:${sel.key}`, async (keys) => {
      const params = new Params();
      // One index probe per parent (lateral, limit): no window over every child of the page.
      const keysParam = params.add(keys);
      const where = this.scoped(model, params, [`t.${fkColumn} = k.key`, ...unarchived(model)], fkColumn);
      const sql =
        `select x.* from unnest(${keysParam}::int[]) with ordinality as k(key, ord) cross join lateral (` +
        `select ${sel.list}, k.key as "__key", row_number() over (order by ${order}) as "__n" from ${model.table} t ` +
        `where ${where} order by ${order} limit ${params.add(limit)}) x order by k.ord, x."__n"`;
      return group(keys, finishRows<R & { __key: number }>(model, await this.db.query(sql, params.values)));
    }).load(key);
  }

  /** How many unarchived rows have `fkColumn` = `key` (one-to-many), in the viewer's scope. */
  count(model: ReadModel, fkColumn: string, key: number): Promise<number> {
    return this.get<number>(`count:${model.type}:${fkColumn}`, async (keys) => {
      const params = new Params();
      const where = this.scoped(model, params, [`t.${fkColumn} = any(${params.add(keys)}::int[])`, ...unarchived(model)]);
      const rows = await this.db.query<{ key: number; n: number }>(
        `select t.${fkColumn} as "key", count(*)::int as "n" from ${model.table} t where ${where} group by t.${fkColumn}`,
        params.values,
      );
      const byKey = new Map(rows.map((r) => [r.key, r.n]));
      return keys.map((k) => byKey.get(k) ?? 0);
    }).load(key);
  }

  /** The rows linked to `key` through a many-to-many table, unarchived, at most `limit` per key. */
  linked<R extends Row>(model: ReadModel, pivot: Pivot, key: number, limit: number, fields?: ReadonlySet<string>): Promise<R[]> {
    const sel = selectionFor(model, fields);
    return this.get<R[]>(`m2m:${model.type}:${pivot.table}:${pivot.ownerColumn}:${limit}:${sel.key}`, async (keys) => {
      const params = new Params();
      const keysParam = params.add(keys);
      const where = this.scoped(model, params, [`p.${pivot.ownerColumn} = k.key`, ...unarchived(model)]);
      const sql =
        `select x.* from unnest(${keysParam}::int[]) with ordinality as k(key, ord) cross join lateral (` +
        `select ${sel.list}, k.key as "__key", row_number() over (order by ${NESTED_ORDER}) as "__n" from ${pivot.table} p ` +
        `join ${model.table} t on t.id = p.${pivot.targetColumn} where ${where} order by ${NESTED_ORDER} limit ${params.add(limit)}) x ` +
        `order by k.ord, x."__n"`;
      return group(keys, finishRows<R & { __key: number }>(model, await this.db.query(sql, params.values)));
    }).load(key);
  }

  /**
   * The loaders as seen from one field of the query: they read only the columns that field's
   * selection needs (see `selectionFor`). One view per field of the document, per request.
   */
  with(info: GraphQLResolveInfo): LoaderView {
    const node = info.fieldNodes[0];
    let view = this.views.get(node);
    if (!view) this.views.set(node, (view = new LoaderView(this, selectedFields(info))));
    return view;
  }

  /** Lets `value` (carrying `rows` rows) on through the request's pacer (see pacer.ts). */
  pace<T>(value: T, rows: number): T | Promise<T> {
    return this.registry.pacer.pass(value, rows);
  }

  /** Forgets cached rows (of every loader of the request), e.g. after a mutation re-reads what it wrote. */
  clear(): void {
    this.registry.clear();
  }
}

/** The loaders bound to one field's selection. */
export class LoaderView {
  constructor(
    private readonly loaders: Loaders,
    private readonly fields: ReadonlySet<string>,
  ) {}

  byPk<R extends Row>(model: ReadModel, pk: number): Promise<R | null> {
    return this.loaders.byPk<R>(model, pk, this.fields);
  }

  children<R extends Row>(model: ReadModel, fkColumn: string, key: number, limit: number, order = NESTED_ORDER): Promise<R[]> {
    return this.loaders.children<R>(model, fkColumn, key, limit, order, this.fields);
  }

  linked<R extends Row>(model: ReadModel, pivot: Pivot, key: number, limit: number): Promise<R[]> {
    return this.loaders.linked<R>(model, pivot, key, limit, this.fields);
  }

  count(model: ReadModel, fkColumn: string, key: number): Promise<number> {
    return this.loaders.count(model, fkColumn, key);
  }
}

/** Relation lists leave archived rows out; bare tables have no `archived_at`. */
function unarchived(model: ReadModel): string[] {
  return model.archivable ? ['t.archived_at is null'] : [];
}

function group<R extends { __key: number }>(keys: readonly number[], rows: R[]): R[][] {
  const byKey = new Map<number, R[]>();
  for (const row of rows) {
    let list = byKey.get(row.__key);
    if (!list) byKey.set(row.__key, (list = []));
    list.push(row);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
