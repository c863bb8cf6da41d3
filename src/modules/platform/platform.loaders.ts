import { defineModel } from '../../core/read/model';
import { PlatformEntity } from './platform.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { PlatformFilter } from './platform.inputs';

export const PlatformModel = defineModel({
  type: 'Platform',
  entity: PlatformEntity,
  orderings: {
    CODE_ASC: { column: 'code', direction: 'ASC' },
    CODE_DESC: { column: 'code', direction: 'DESC' },
    NAME_ASC: { column: 'name', direction: 'ASC' },
    NAME_DESC: { column: 'name', direction: 'DESC' },
  },
});

export function platformFilter(filter: PlatformFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  return f.eq('is_recognised', filter.isRecognised).contains(`t.code || ' ' || t.name || ' ' || t.owner`, filter.keyword);
}
