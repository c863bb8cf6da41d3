import { MetadataStorage, ReferenceKind, UnderscoreNamingStrategy } from '@mikro-orm/core';
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
  /** read-row property → column, derived from the entity (see `entityColumns`) */
  readonly columns: Readonly<Record<string, string>>;
  readonly orderings: Readonly<Record<string, Ordering>>;
  readonly defaultOrder: string;
  /** The SELECT list for alias `t`, with `t.id as "pk"`. */
  readonly selectList: string;
  /** Whether the table has `archived_at` (false for append-only tables such as the audit log). */
  readonly archivable: boolean;
}

/** A MikroORM entity class (the write model) a read model derives its columns from. */
export type EntityClass = abstract new (...args: never[]) => object;

export interface ModelSpec {
  type: string;
  /**
   * The MikroORM entity of the table: the table and every column are read from its decorator
   * metadata (see `entityColumns`), so a column is declared once, on the entity. A read field
   * that is no column of it gets a field resolver (test/read-model.test.ts checks every field).
   */
  entity: EntityClass;
  /** Entity properties the read type does not carry (internal columns), each with a comment saying why. */
  omit?: readonly string[];
  orderings?: Record<string, Ordering>;
  defaultOrder?: string;
}

export function defineModel(spec: ModelSpec): ReadModel {
  const orderings = { ID_ASC: { column: 'id', direction: 'ASC' as const }, ID_DESC: { column: 'id', direction: 'DESC' as const }, ...spec.orderings };
  const { table, columns: derived } = entityColumns(spec.entity);
  const columns: Record<string, string> = {};
  for (const [prop, col] of Object.entries(derived)) if (!spec.omit?.includes(prop)) columns[prop] = col;
  for (const prop of spec.omit ?? []) {
    if (!(prop in derived)) throw new Error(`${spec.type}: omitted property "${prop}" is not a column of ${spec.entity.name}`);
  }
  const selectList = [`t.id as "pk"`, ...Object.entries(columns).map(([prop, col]) => `t.${col} as "${prop}"`)].join(', ');
  // Append-only tables (the audit log) have no `archived_at`: nothing to leave out of lists.
  const archivable = Object.values(columns).includes('archived_at');
  return { type: spec.type, table, columns, orderings, defaultOrder: spec.defaultOrder ?? 'ID_ASC', selectList, archivable };
}

/** MikroORM's default naming strategy (the one ormConfig uses): `createdAt` → `created_at`. */
const NAMING = new UnderscoreNamingStrategy();

interface DecoratedProperty {
  name: string;
  kind: ReferenceKind;
  primary?: boolean;
  persist?: boolean;
  formula?: unknown;
  fieldName?: string;
  fieldNames?: string[];
}

/**
 * The table and columns of an entity, from the metadata its MikroORM decorators recorded (the
 * entity class and its base classes, base first): every persisted scalar property under its own
 * name, and every many-to-one reference as the camel case of its join column (`trainingClass` with
 * `fieldName: 'class_id'` reads as `classId`; `cadre` → `cadre_id` → `cadreId`). Column names
 * follow the naming strategy the ORM uses, so they are what its discovery computes (a test compares
 * the two). The primary key is read separately as `pk`; collections live in other tables.
 * Runs once per model, when the loaders module is loaded.
 */
export function entityColumns(entity: EntityClass): { table: string; columns: Record<string, string> } {
  const chain: EntityClass[] = [];
  for (let c: unknown = entity; typeof c === 'function' && Object.hasOwn(c, MetadataStorage.PATH_SYMBOL); c = Object.getPrototypeOf(c)) {
    chain.unshift(c as EntityClass);
  }
  if (!chain.length) throw new Error(`${entity.name} is not a MikroORM entity`);
  const columns: Record<string, string> = {};
  for (const cls of chain) {
    const meta = MetadataStorage.getMetadataFromDecorator(cls);
    for (const prop of Object.values(meta.properties) as DecoratedProperty[]) {
      if (prop.primary || prop.persist === false || prop.formula) continue;
      const explicit = prop.fieldNames?.[0] ?? prop.fieldName;
      if (prop.kind === ReferenceKind.SCALAR) {
        columns[prop.name] = explicit ?? NAMING.propertyToColumnName(prop.name);
      } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
        const column = explicit ?? NAMING.joinKeyColumnName(prop.name, NAMING.referenceColumnName());
        columns[NAMING.columnNameToProperty(column)] = column;
      }
    }
  }
  const meta = MetadataStorage.getMetadataFromDecorator(entity);
  return { table: meta.tableName ?? NAMING.classToTableName(entity.name), columns };
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
