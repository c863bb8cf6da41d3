import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Role, type Viewer } from '../../access/viewer';
import { parseCli, numberOption } from '../../core/cli';
import { recordRules, type RecordRules } from '../../core/config';
import { lookupPk } from '../../core/read/ids';
import { importTrainingRecordsIn, summarise } from './import.resolver';
import { auditedBy } from '../audit/audit.subscriber';
import { MAX_IMPORT_ROWS, type ImportRow, type ImportRowOutcome } from './import.service';

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a UTF-8 BOM is ignored. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const COLUMNS = ['externalId', 'cadreId', 'idCardNumber', 'mode', 'title', 'hours', 'days', 'sessions', 'startDate', 'endDate', 'classId', 'courseId'] as const;
const NUMERIC = new Set(['hours', 'days', 'sessions']);

/** Maps CSV records (header names as in the GraphQL input, any case) onto import rows. */
export function csvToRows(table: string[][]): ImportRow[] {
  const [header, ...body] = table;
  if (!header) return [];
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  if (!index.has('externalid')) throw new Error('The CSV header must name the columns, e.g. externalId,idCardNumber,mode,title,hours,startDate,endDate');
  return body.map((cells) => {
    const row: Record<string, unknown> = {};
    for (const col of COLUMNS) {
      const i = index.get(col.toLowerCase());
      const raw = i === undefined ? '' : (cells[i] ?? '').trim();
      if (raw === '') row[col] = null;
      else row[col] = NUMERIC.has(col) ? Number(raw) : raw;
    }
    return row as ImportRow;
  });
}

function bar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const secs = (Date.now() - started) / 1000;
  const rate = secs > 0 ? Math.round(done / secs) : 0;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${total ? Math.round((done / total) * 100) : 100}% ${done}/${total} rows ${rate} rows/s`;
}

async function platformPk(orm: MikroORM, idOrCode: string): Promise<number> {
  const knex = orm.em.getKnex();
  const byCode = (await knex.raw('select id from platform where code = ? and archived_at is null', [idOrCode])) as { rows: { id: number }[] };
  if (byCode.rows.length) return byCode.rows[0].id;
  const pk = lookupPk(idOrCode, 'Platform', '--platform');
  const byId = (await knex.raw('select id from platform where id = ? and archived_at is null', [pk])) as { rows: { id: number }[] };
  if (!byId.rows.length) throw new Error(`No platform ${idOrCode}`);
  return pk;
}

const IMPORT_OPTIONS = { platform: { type: 'string' }, agency: { type: 'string' }, batch: { type: 'string' } } as const;

/**
 * `import <file.csv> --platform <id|code> [--agency <id>] [--batch <n>]`: the same import as the
 * `importTrainingRecords` mutation, in batches of at most 5,000 rows (one transaction each), with
 * a progress bar on stderr and a summary on stdout. Returns the summary counts. `rules` are the
 * records' plausibility bounds (default: read from the environment, as the hub does).
 */
export async function runImport(orm: MikroORM, argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, rules: RecordRules = recordRules()) {
  const usage = 'Usage: npm run import -- <file.csv> --platform <id|code> [--agency <id>] [--batch <n>]';
  const { values, positionals } = parseCli(argv, { options: IMPORT_OPTIONS, allowPositionals: true });
  const [file, ...extra] = positionals;
  const platform = values.platform;
  if (!file || !platform) throw new Error(usage);
  if (extra.length) throw new Error(`Unexpected argument: ${extra[0]}`);
  const batch = Math.min(numberOption('batch', values.batch, MAX_IMPORT_ROWS), MAX_IMPORT_ROWS);
  if (!Number.isInteger(batch) || batch < 1) throw new Error(`--batch must be a whole number of at least 1, not ${values.batch}`);
  const rows = csvToRows(parseCsv(fs.readFileSync(file, 'utf8')));
  const pk = await platformPk(orm, platform);
  const viewer: Viewer = { subject: 'cli-import', role: Role.ADMIN, agency: values.agency };
  const started = Date.now();
  const outcomes: ImportRowOutcome[] = [];
  for (let offset = 0; offset < rows.length; offset += batch) {
    const chunk = rows.slice(offset, offset + batch);
    const author = { viewer, requestId: randomUUID(), records: rules };
    const result = await auditedBy(author, () => orm.em.fork().transactional((em) => importTrainingRecordsIn(em as unknown as EntityManager, author, pk, chunk)));
    // Row indexes and paths count from the file's first data row (CSV line = index + 2).
    for (const o of result) {
      const index = o.index + offset;
      outcomes.push({ ...o, index, errors: o.errors.map((e) => ({ ...e, field: e.field.replace(/^records\.\d+/, `records.${index}`) })) });
    }
    err.write(bar(outcomes.length, rows.length, started));
  }
  err.write('\n');
  const s = summarise(outcomes);
  const secs = (Date.now() - started) / 1000;
  out.write(
    `Imported ${rows.length} rows from ${file} in ${secs.toFixed(2)} s (${secs > 0 ? Math.round(rows.length / secs) : rows.length} rows/s)\n` +
      `  accepted ${s.accepted}, duplicates ${s.duplicates}, unchanged ${s.unchanged}, conflicts ${s.conflicts}, rejected ${s.rejected}\n`,
  );
  const problems = outcomes.filter((o) => o.errors.length).slice(0, 20);
  for (const o of problems) out.write(`  line ${o.index + 2} ${o.status}: ${o.errors.map((e) => `${e.field} ${e.message}`).join('; ')}\n`);
  if (outcomes.filter((o) => o.errors.length).length > problems.length) out.write('  …\n');
  return { accepted: s.accepted, duplicates: s.duplicates, unchanged: s.unchanged, conflicts: s.conflicts, rejected: s.rejected, seconds: secs };
}
