import { defineModel } from '../../core/read/model';
import { AuditEntryEntity } from './audit.entity';
import { FilterBuilder } from '../../core/read/filters';
import { decodeGlobalId, toGlobalId } from '../../core/read/ids';
import { BadInputError } from '../../core/errors';
import type { AuditEntryFilter } from './audit.inputs';

export const AuditEntryModel = defineModel({
  type: 'AuditEntry',
  entity: AuditEntryEntity,
  orderings: {
    AT_ASC: { column: 'at', direction: 'ASC' },
    AT_DESC: { column: 'at', direction: 'DESC' },
  },
  defaultOrder: 'AT_DESC',
});

/** `Type:pk` of a global id, when `id` is one (canonical encoding only). */
function globalIdParts(id: string): { type: string; pk: string } | undefined {
  const d = decodeGlobalId(id);
  if (!d || toGlobalId(d.type, d.pk) !== id) return undefined;
  return { type: d.type, pk: String(d.pk) };
}

export function auditEntryFilter(filter: AuditEntryFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  if (filter.atFrom && filter.atTo && filter.atTo < filter.atFrom) {
    throw new BadInputError('filter.atTo must not be before filter.atFrom.', 'filter.atTo');
  }
  if (filter.entityId) {
    // Entries name records by global id, but some create mutations log the bare key next to the
    // entity type, so a global id also matches `entity = Type` with its key.
    const parts = globalIdParts(filter.entityId);
    if (parts) f.where('($? = any(t.entity_ids) or (t.entity = $? and $? = any(t.entity_ids)))', filter.entityId, parts.type, parts.pk);
    else f.where('$? = any(t.entity_ids)', filter.entityId);
  }
  return f.eq('actor', filter.actor).eq('action', filter.action).eq('entity', filter.entity).range('at', filter.atFrom, filter.atTo);
}
