import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { BadInputError } from '../errors';
import { selectedNodeFields, selects } from './look-ahead';
import { finishRows, selectionFor, type ReadModel, type Row, type RowScope } from './model';
import { Params, type ReadDb } from './sql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo', { description: '分页信息 (Relay page info)', simpleResolvers: true })
export class PageInfo {
  @Field({ description: '是否有下一页 (whether more rows follow)' })
  hasNextPage!: boolean;

  @Field({ description: '是否有上一页 (whether rows precede this page)' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页首行游标 (cursor of the first row)' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页末行游标 (cursor of the last row)' })
  endCursor!: string | null;
}

export interface ConnectionShape<R> {
  edges: { cursor: string; node: R }[];
  nodes: R[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Builds the `XConnection` / `XEdge` types of a read type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string, zh: string): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `${zh}分页边 (edge of a ${name} list)`, simpleResolvers: true })
  class Edge {
    @Field({ description: '游标 (opaque cursor)' })
    cursor!: string;

    @Field(() => node, { description: `${zh} (the ${name})` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `${zh}列表 (Relay connection of ${name})`, simpleResolvers: true })
  class Connection {
    @Field(() => [Edge], { description: '分页边 (edges)' })
    edges!: Edge[];

    @Field(() => [node], { description: `本页${zh} (the rows of this page)` })
    nodes!: T[];

    @Field(() => PageInfo, { description: '分页信息 (page info)' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数 (number of rows matching the filter, in your scope)' })
    totalCount!: number;
  }
  return Connection as ClassType<ConnectionShape<T>>;
}

export interface ListRequest {
  /** Filter conditions over alias `t`, built with `params`. */
  conditions: string[];
  params: Params;
  orderBy?: string;
  first?: number | null;
  after?: string | null;
  includeArchived?: boolean;
}

/**
 * A cursor names the list and ordering it came from (`Cadre.NAME_ASC`), so one taken from another
 * list or ordering is refused instead of being compared against the wrong column.
 */
function encodeCursor(list: string, value: unknown, pk: number): string {
  return Buffer.from(JSON.stringify([list, value, pk]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, list: string): [unknown, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && v[0] === list && Number.isSafeInteger(v[2]) && (typeof v[1] !== 'object' || v[1] === null)) return [v[1], v[2]];
  } catch {
    // fall through
  }
  throw BadInputError.invalid('after', 'not a cursor returned by this list');
}

export function pageSize(first: number | null | undefined, path = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(`${path} must be between 0 and ${MAX_PAGE_SIZE}.`, path);
  }
  return first;
}

type Ordering = ReadModel['orderings'][string];

/** The filter, the archived rows unless asked for, and the viewer's row scope, over alias `t`. */
function filterWhere(rowScope: RowScope, model: ReadModel, req: ListRequest): string {
  const conditions = [...req.conditions];
  if (!req.includeArchived && model.archivable) conditions.push('t.archived_at is null');
  const scope = rowScope.where(model, req.params);
  if (scope) conditions.push(scope);
  return conditions.length ? conditions.join(' and ') : 'true';
}

/**
 * The page's statement: the filter's parameters, then the keyset after the cursor, one row more
 * than asked for (whether a next page exists).
 */
function pageQuery(model: ReadModel, ordering: Ordering, list: string, where: string, req: ListRequest, first: number, info: GraphQLResolveInfo) {
  const pageParams = new Params();
  pageParams.values.push(...req.params.values);
  const pageConditions = [where];
  const cmp = ordering.direction === 'ASC' ? '>' : '<';
  if (req.after) {
    const [value, pk] = decodeCursor(req.after, list);
    if (ordering.column === 'id') pageConditions.push(`t.id ${cmp} ${pageParams.add(pk)}`);
    else pageConditions.push(`(t.${ordering.column}, t.id) ${cmp} (${pageParams.add(value)}, ${pageParams.add(pk)})`);
  }
  const orderSql = ordering.column === 'id' ? `t.id ${ordering.direction}` : `t.${ordering.column} ${ordering.direction}, t.id ${ordering.direction}`;
  // As text, so timestamps keep their microseconds and the cursor compares exactly.
  const orderSelect = ordering.column === 'id' ? '' : `, t.${ordering.column}::text as "__order"`;
  const sql = `select ${selectionFor(model, selectedNodeFields(info)).list}${orderSelect} from ${model.table} t where ${pageConditions.join(' and ')} order by ${orderSql} limit ${pageParams.add(first + 1)}`;
  return { sql, values: pageParams.values };
}

/** The connection of a page fetched with one row beyond `first`. */
function toConnection<R extends Row>(rows: (R & { __order?: unknown })[], first: number, list: string, byId: boolean, after: string | null | undefined): ConnectionShape<R> {
  const hasNextPage = rows.length > first;
  if (hasNextPage) rows.pop();
  const edges = rows.map((node) => ({ cursor: encodeCursor(list, byId ? null : node.__order, node.pk), node }));
  return {
    edges,
    nodes: rows,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * One page of a Relay connection with keyset pagination on (order column, id). `totalCount` is
 * counted only when the query selects it, in the same scope as the rows.
 */
export async function listConnection<R extends Row>(
  db: ReadDb,
  rowScope: RowScope,
  model: ReadModel,
  req: ListRequest,
  info: GraphQLResolveInfo,
): Promise<ConnectionShape<R>> {
  const first = pageSize(req.first);
  const orderKey = req.orderBy ?? model.defaultOrder;
  const ordering = model.orderings[orderKey];
  if (!ordering) throw BadInputError.invalid('orderBy', `unknown ordering ${orderKey}`);
  const where = filterWhere(rowScope, model, req);

  // The count shares the filter's parameters; the page adds its own after them.
  const countPromise = selects(info, 'totalCount')
    ? db.query<{ n: number }>(`select count(*)::int as n from ${model.table} t where ${where}`, req.params.values.slice())
    : Promise.resolve(undefined);
  const list = `${model.type}.${orderKey}`;
  const page = pageQuery(model, ordering, list, where, req, first, info);
  const pagePromise = first === 0 ? Promise.resolve([]) : db.query(page.sql, page.values);
  const [rawRows, countRows] = await Promise.all([pagePromise, countPromise]).catch((err: unknown) => {
    // A hand-made cursor whose value does not fit the ordering column (PostgreSQL data exception).
    if (req.after && /^22/.test((err as { code?: string }).code ?? '')) throw BadInputError.invalid('after', 'not a cursor returned by this list');
    throw err;
  });
  const result = toConnection(finishRows<R & { __order?: unknown }>(model, rawRows), first, list, ordering.column === 'id', req.after);
  if (countRows) result.totalCount = countRows[0].n;
  return result;
}
