import { AsyncLocalStorage } from 'node:async_hooks';
import { ChangeSetType, type ChangeSet, type EntityManager, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { Viewer } from '../../access/viewer';
import { toGlobalId } from '../../core/read/ids';
import { AuditEntryEntity } from './audit.entity';

/** Who a write is on behalf of: the request's viewer and id, stamped on every entry it causes. */
export interface AuditAuthor {
  viewer: Viewer;
  requestId: string;
}

/** A record named by an entry: an entity (named once it has its key) or a key of the subject's type. */
type Named = object | number;

/** What a mutation says about its write, once; the subscriber turns it into the entry. */
export interface AuditIntent {
  /**
   * A named action (REVIEW_APPROVE, ADD_AWARD, IMPORT…). Left out, the subject's change set at the
   * next flush names it: CREATE, DELETE, ARCHIVE (`archivedAt` set) or UPDATE (also when nothing
   * changed). A subject created by an earlier flush needs it said (CREATE).
   */
  action?: string;
  /** The records the entry names, in order; by default the subject alone. */
  records?: readonly Named[];
  /** The fields written (a create passes its input's keys; the idempotency key is left out). */
  fields?: readonly string[];
}

interface Pending {
  em: EntityManager;
  type: string;
  subject?: object;
  action?: string;
  records: readonly Named[];
  ids?: string[];
  fields: string[];
}

interface AuditScope extends AuditAuthor {
  pending: Pending[];
}

const auditScope = new AsyncLocalStorage<AuditScope>();

/**
 * Runs `work` (a transaction) on behalf of `author`: the entries its writes declare are stamped
 * with the author's viewer and request id. The same mechanism as the ownership check's `writeViewer`.
 */
export function auditedBy<T>(author: AuditAuthor, work: () => Promise<T>): Promise<T> {
  return auditScope.run({ viewer: author.viewer, requestId: author.requestId, pending: [] }, work);
}

function typeOf(entity: object): string {
  return entity.constructor.name.replace(/Entity$/, '');
}

function keyOf(entity: object): number | undefined {
  return (entity as { id?: number }).id ?? undefined;
}

/**
 * Declares the audit entry of a write on `em`'s unit of work. `subject` is the entity written, or
 * the type name when the write has no entity (set-based SQL, a delete of nothing). The
 * AuditSubscriber writes the entry at the end of the next flush whose records all have keys, in
 * the same transaction (one batched insert for the entries of a flush).
 */
export function auditWrite(em: EntityManager, subject: object | string, intent: AuditIntent = {}): void {
  const scope = auditScope.getStore();
  if (!scope) throw new Error('auditWrite outside a write: run the transaction through inTransaction (or auditedBy)');
  const entity = typeof subject === 'string' ? undefined : subject;
  if (!entity && !intent.action) throw new Error('an audit entry without a subject entity names its action');
  scope.pending.push({
    em,
    type: entity ? typeOf(entity) : (subject as string),
    subject: entity,
    action: intent.action,
    records: intent.records ?? (entity ? [entity] : []),
    fields: (intent.fields ?? []).filter((f) => f !== 'idempotencyKey'),
  });
}

/** Entries `em` declared that no flush could write yet (a subject never flushed): a bug in the mutation. */
export function unwrittenAudits(em: EntityManager): number {
  return auditScope.getStore()?.pending.filter((p) => p.em === em).length ?? 0;
}

/** The action a change set implies; undefined while a new subject is not in the flush yet. */
function impliedAction(subject: object, cs: ChangeSet<object> | undefined): string | undefined {
  if (!cs) return keyOf(subject) === undefined ? undefined : 'UPDATE';
  if (cs.type === ChangeSetType.CREATE) return 'CREATE';
  if (cs.type === ChangeSetType.DELETE || cs.type === ChangeSetType.DELETE_EARLY) return 'DELETE';
  return (cs.payload as { archivedAt?: unknown }).archivedAt ? 'ARCHIVE' : 'UPDATE';
}

/** Global ids of the records, or undefined while one of them has no key yet. */
function globalIds(p: Pending): string[] | undefined {
  const ids: string[] = [];
  for (const r of p.records) {
    if (typeof r === 'number') ids.push(toGlobalId(p.type, r));
    else {
      const key = keyOf(r);
      if (key === undefined) return undefined;
      ids.push(toGlobalId(typeOf(r), key));
    }
  }
  return ids;
}

function entryOf(author: AuditAuthor, p: Pending, entityIds: string[]): AuditEntryEntity {
  return Object.assign(new AuditEntryEntity(), {
    actor: author.viewer.subject,
    role: author.viewer.role,
    agency: author.viewer.agency ?? null,
    region: author.viewer.region ?? null,
    action: p.action!,
    entity: p.type,
    entityIds,
    fields: p.fields,
    sensitiveFields: [],
    requestId: author.requestId,
    at: new Date(),
  });
}

/**
 * 审计日志, written in one place: for every flush made inside `auditedBy`, the entries its mutation
 * declared. `onFlush` reads the change sets (the action, and the keys of records about to be
 * deleted); `afterFlush` — once inserts have their keys — writes the entries in one statement on
 * the flush's own transaction, so a write and its entry commit or roll back together.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const pending = auditScope.getStore()?.pending.filter((p) => p.em === args.em);
    if (!pending?.length) return;
    const changes = new Map(args.uow.getChangeSets().map((cs) => [cs.entity as object, cs]));
    for (const p of pending) {
      if (!p.action && p.subject) p.action = impliedAction(p.subject, changes.get(p.subject));
      if (p.action) p.ids ??= globalIds(p);
    }
  }

  async afterFlush(args: FlushEventArgs): Promise<void> {
    const scope = auditScope.getStore();
    if (!scope) return;
    const entries: AuditEntryEntity[] = [];
    scope.pending = scope.pending.filter((p) => {
      const ids = p.em === args.em && p.action ? (p.ids ?? globalIds(p)) : undefined;
      if (ids) entries.push(entryOf(scope, p, ids));
      return !ids;
    });
    if (entries.length) await args.em.insertMany(entries);
  }
}
