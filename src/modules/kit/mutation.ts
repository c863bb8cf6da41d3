import {
  CheckConstraintViolationException,
  DeadlockException,
  ForeignKeyConstraintViolationException,
  LockMode,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
  type EntityClass,
  type EntityManager,
} from '@mikro-orm/core';
import { validate, type ValidationError } from 'class-validator';
import type { Context } from '../../access/request-context';
import { BadInputError, ConflictError, ErrorCode, NotFoundError, PublicError } from '../../core/errors';
import { lookupPk, refPk } from '../../core/read/ids';
import { auditedBy, auditWrite, unwrittenAudits } from '../audit/audit.subscriber';
import type { BaseEntity } from '../../db/base.entity';
import { writeViewer } from '../../access/ownership';
import type { ReadModel, Row } from '../../core/read/model';

function firstViolation(errors: ValidationError[], prefix: string): { path: string; message: string } | undefined {
  for (const e of errors) {
    const path = `${prefix}.${e.property}`;
    if (e.constraints) {
      const message = Object.values(e.constraints)[0];
      return { path, message };
    }
    if (e.children?.length) {
      const inner = firstViolation(e.children, path);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Runs the input class's class-validator rules; the first violation is BAD_USER_INPUT at its path. */
export async function validateInput(input: object, path = 'input'): Promise<void> {
  const errors = await validate(input, { forbidUnknownValues: false, skipMissingProperties: false });
  const v = firstViolation(errors, path);
  if (v) throw new BadInputError(`Invalid value at ${v.path}: ${v.message}.`, v.path);
}

/** Rejects an end date before its start date, naming the end field. */
export function checkDateRange(start: string | null | undefined, end: string | null | undefined, endPath: string): void {
  if (start && end && end < start) throw new BadInputError(`${endPath} must not be before the start date.`, endPath);
}

/**
 * Constraint names the database may raise, mapped to the input field to blame. The database is
 * the last line of defence: inputs are checked first, so these only fire on races.
 */
const CONSTRAINT_FIELDS: Record<string, string> = {};

export function blameConstraint(constraint: string, field: string): void {
  CONSTRAINT_FIELDS[constraint] = field;
}

function constraintOf(err: unknown): string | undefined {
  const e = err as { constraint?: string; message?: string };
  if (e.constraint) return e.constraint;
  const m = /constraint "([^"]+)"/.exec(e.message ?? '');
  return m?.[1];
}

/** A write PostgreSQL aborted because a concurrent one touched the same rows. */
export function concurrentWrite(): ConflictError {
  return new ConflictError('A concurrent change to the same records got there first; nothing was written. Reload and try again.', ErrorCode.CONFLICT);
}

/** SQLSTATEs of a transaction PostgreSQL aborted to resolve a race: serialization failure, deadlock. */
const RACE_STATES = new Set(['40001', '40P01']);

/** Maps database and ORM failures of a write onto public errors; anything else stays internal (masked). */
function mapWriteError(err: unknown): unknown {
  if (err instanceof PublicError) return err;
  if (err instanceof OptimisticLockError) return new ConflictError('The record was changed by someone else; reload it and try again.', ErrorCode.CONFLICT);
  // Row locks make these rare; when PostgreSQL still has to abort one side of a race (or a
  // deferred consistency trigger fires at commit), the loser is told to retry, never "internal".
  if (err instanceof DeadlockException || RACE_STATES.has((err as { code?: string }).code ?? '')) return concurrentWrite();
  const constraint = constraintOf(err);
  const field = constraint ? CONSTRAINT_FIELDS[constraint] : undefined;
  if (err instanceof UniqueConstraintViolationException) {
    return new ConflictError(`A record with ${field ? `this ${field.split('.').pop()}` : 'these values'} already exists.`, ErrorCode.CONFLICT, field ? { field } : {});
  }
  if (err instanceof ForeignKeyConstraintViolationException) return new BadInputError('A referenced record does not exist.', field ?? 'input');
  if (err instanceof CheckConstraintViolationException || err instanceof NotNullConstraintViolationException) {
    return new BadInputError('A value breaks a rule of this record.', field ?? 'input');
  }
  return err;
}

/**
 * Runs a mutation as one transaction: everything it writes (audit included) lands, or nothing does.
 * The ownership check and the audit log learn the viewer (and request id) from here.
 */
export async function inTransaction<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await writeViewer.run(ctx.viewer, () =>
      auditedBy(ctx, () =>
        ctx.em.transactional(async (fork) => {
          const em = fork as unknown as EntityManager;
          const result = await work(em);
          // The final flush writes what is left, and the entries declared for it; none may be left behind.
          await em.flush();
          if (unwrittenAudits(em)) throw new Error('an audit entry was declared for a record that was never written');
          return result;
        }),
      ),
    );
  } catch (err) {
    throw mapWriteError(err);
  } finally {
    ctx.read.loaders.clear();
  }
}

/**
 * Loads a live (unarchived) record for a write at the client's `version`:
 *
 * - the row is read `FOR UPDATE`, so writers of one row run one after another and each compares
 *   the version it was sent with the version the previous one committed — nothing is decided on
 *   a row another transaction is still changing;
 * - a stale version is a CONFLICT and nothing is written — also when the row was archived
 *   meanwhile (the archive moved the version), so the loser of a race is never told NOT_FOUND.
 *
 * An update that changes no column keeps the version; a command that must move it anyway uses
 * `bumpVersion`.
 */
export async function loadForUpdate<E extends BaseEntity>(
  em: EntityManager,
  entity: EntityClass<E>,
  type: string,
  gid: string,
  version: number,
  path = 'input.id',
): Promise<E> {
  const pk = lookupPk(gid, type, path);
  const found = (await em.findOne(entity, { id: pk } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })) as E | null;
  if (!found) throw NotFoundError.forEntity(type, gid);
  if (found.version !== version) throw ConflictError.staleVersion(type, gid);
  if (found.archivedAt) throw NotFoundError.forEntity(type, gid);
  return found;
}

/**
 * Makes the next flush write a new version of a record loaded by `loadForUpdate`, even when
 * nothing else about it changes: for commands (workflow transitions) that were accepted at a
 * version, so that of several callers holding that version exactly one succeeds.
 */
export function bumpVersion(found: BaseEntity): void {
  found.updatedAt = new Date();
}

/** Resolves an input reference to an existing record, or BAD_USER_INPUT naming the input path. */
export async function reference<E extends object>(em: EntityManager, entity: EntityClass<E>, type: string, gid: string, path: string): Promise<E> {
  const pk = refPk(gid, type, path);
  const found = await em.findOne(entity, { id: pk } as never);
  if (!found) throw BadInputError.unknownReference(path, type);
  return found as E;
}

/** Optional references: undefined leaves it unchanged, null clears it. */
export async function optionalReference<E extends object>(
  em: EntityManager,
  entity: EntityClass<E>,
  type: string,
  gid: string | null | undefined,
  path: string,
): Promise<E | null | undefined> {
  if (gid === undefined) return undefined;
  if (gid === null) return null;
  return reference(em, entity, type, gid, path);
}

/**
 * Copies the defined scalar fields of an update input onto an entity and returns the names it
 * changed. An explicit null is accepted only for the `nullable` keys; elsewhere it is bad input.
 */
export function assignDefined<E extends object>(target: E, input: object, keys: readonly string[], nullable: readonly string[] = [], path = 'input'): string[] {
  const changed: string[] = [];
  for (const key of keys) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (value === null && !nullable.includes(key)) throw new BadInputError(`${path}.${key} cannot be null; leave it out to keep the current value.`, `${path}.${key}`);
    const current = (target as Record<string, unknown>)[key];
    if (!sameValue(current, value)) changed.push(key);
    (target as Record<string, unknown>)[key] = value;
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (typeof a === 'string' && typeof b === 'number') return Number(a) === b;
  return a === b;
}

export { auditWrite };

/** Soft-archives a record (version-checked) and audits it. */
export async function archiveRecord<E extends BaseEntity>(ctx: Context, entity: EntityClass<E>, type: string, gid: string, version: number): Promise<number> {
  return inTransaction(ctx, async (em) => {
    const found = await loadForUpdate(em, entity, type, gid, version);
    found.archivedAt = new Date();
    auditWrite(em, found, { fields: ['archivedAt'] });
    await em.flush();
    return found.id;
  });
}

/** Reads a written record back through the read path (same shape and scope as any query). */
export async function readBack<R extends Row>(ctx: Context, model: ReadModel, pk: number): Promise<R> {
  const row = await ctx.read.loaders.byPk<R>(model, pk);
  if (!row) throw NotFoundError.forEntity(model.type, pk);
  return row;
}

/**
 * Adds a row whose unique key may already be held by an archived row (awards, pool memberships,
 * nominations keep their history): a live row is a CONFLICT naming `what`, an archived one is
 * revived by `revive`, and otherwise `create` makes a new one.
 */
export async function reviveOrCreate<E extends BaseEntity>(
  em: EntityManager,
  entity: EntityClass<E>,
  where: Record<string, unknown>,
  what: string,
  revive: (row: E) => void | Promise<void>,
  create: () => E | Promise<E>,
): Promise<E> {
  const found = (await em.findOne(entity, where as never)) as E | null;
  if (found && !found.archivedAt) throw ConflictError.duplicate(what);
  if (!found) return create();
  found.archivedAt = null;
  await revive(found);
  return found;
}
