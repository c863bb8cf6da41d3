import type { ClientBase } from 'pg';

/** PostgreSQL type of a column as bound in `unnest($n::<type>[])`; `text[]` columns are sent as array literals. */
export type ColumnType = 'int' | 'text' | 'bool' | 'date' | 'numeric' | 'timestamptz' | 'text[]';

export type Column<R> = readonly [keyof R & string, ColumnType];

/** Encodes a string[] as a PostgreSQL array literal, for `text[]` columns sent through unnest. */
export function pgTextArrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/**
 * Inserts `rows` with one statement per chunk: `insert … select … from unnest($1::int[], $2::text[], …)`.
 * Column order and values come from `columns`; the statement text never contains data.
 */
export async function bulkInsert<R>(
  client: ClientBase,
  table: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  chunkSize = 10_000,
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const params = columns
    .map(([, type], i) => (type === 'text[]' ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`))
    .join(', ');
  const select = columns
    .map(([name, type]) => (type === 'text[]' ? `u."${name}"::text[]` : `u."${name}"`))
    .join(', ');
  const sql = `insert into "${table}" (${names}) select ${select} from unnest(${params}) as u(${names})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = columns.map(([name, type]) =>
      chunk.map((row) => {
        const v = (row as Record<string, unknown>)[name];
        if (v === undefined || v === null) return null;
        if (type === 'text[]') return pgTextArrayLiteral(v as string[]);
        return v;
      }),
    );
    await client.query(sql, values);
  }
}
