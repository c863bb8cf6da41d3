import { refPk } from './ids';
import { Params } from './sql';
import type { ListRequest } from './connection';

/** Escapes LIKE wildcards so a keyword matches literally. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Builds the WHERE conditions of a list from its filter input, over alias `t`, with bound
 * parameters only. Absent filter fields add nothing.
 */
export class FilterBuilder {
  readonly params = new Params();
  readonly conditions: string[] = [];

  /** Adds a raw condition; `$?` placeholders are bound to `values` in order. */
  where(sql: string, ...values: unknown[]): this {
    let i = 0;
    this.conditions.push(sql.replace(/\$\?/g, () => this.params.add(values[i++])));
    return this;
  }

  eq(column: string, value: unknown): this {
    if (value !== undefined && value !== null) this.where(`t.${column} = $?`, value);
    return this;
  }

  /** Any of the listed values (an empty or absent list adds nothing). */
  anyOf(column: string, values: readonly unknown[] | null | undefined, sqlType = 'text'): this {
    if (values && values.length) this.where(`t.${column} = any($?::${sqlType}[])`, values);
    return this;
  }

  /** A reference filter given as a global id; a malformed id is bad input at `filter.<path>`. */
  ref(column: string, gid: string | null | undefined, type: string, path: string): this {
    if (gid !== undefined && gid !== null) this.where(`t.${column} = $?`, refPk(gid, type, path));
    return this;
  }

  refs(column: string, gids: readonly string[] | null | undefined, type: string, path: string): this {
    if (gids && gids.length) this.where(`t.${column} = any($?::int[])`, gids.map((g, i) => refPk(g, type, `${path}.${i}`)));
    return this;
  }

  /** Rows whose region column lies in the subtree rooted at the region with `code`. */
  regionSubtree(column: string, code: string | null | undefined): this {
    if (code) this.where(`t.${column} in (select d.id from region d join region a on d.path like a.path || '%' where a.code = $?)`, code);
    return this;
  }

  /**
   * Keyword search that works for Chinese text: the GIN index on the row's character bigrams
   * narrows the candidates, then a literal ILIKE over the same text confirms the match.
   */
  keyword(bigramColumn: string, textExpr: string, keyword: string | null | undefined): this {
    const kw = keyword?.trim();
    if (!kw) return this;
    this.where(`t.${bigramColumn} @> ganxun_bigrams($?)`, kw);
    this.where(`(${textExpr}) ilike $?`, `%${likeLiteral(kw)}%`);
    return this;
  }

  /** Text contains keyword (for small tables without a bigram column). */
  contains(textExpr: string, keyword: string | null | undefined): this {
    const kw = keyword?.trim();
    if (kw) this.where(`(${textExpr}) ilike $?`, `%${likeLiteral(kw)}%`);
    return this;
  }

  range(column: string, from: unknown, to: unknown): this {
    if (from !== undefined && from !== null) this.where(`t.${column} >= $?`, from);
    if (to !== undefined && to !== null) this.where(`t.${column} <= $?`, to);
    return this;
  }

  toRequest(args: { orderBy?: string | null; first?: number | null; after?: string | null; includeArchived?: boolean | null }): ListRequest {
    return {
      conditions: this.conditions,
      params: this.params,
      orderBy: args.orderBy ?? undefined,
      first: args.first,
      after: args.after,
      includeArchived: args.includeArchived ?? false,
    };
  }
}
