import { ENUM_CATALOG } from '../core/enums';
import type { FilterBuilder } from '../core/read/filters';
import { toGlobalId } from '../core/read/ids';
import { cadreFilter } from '../modules/cadre/cadre.loaders';
import type { CadreFilter } from '../modules/cadre/cadre.inputs';
import { ComplianceGroupBy } from '../modules/rules/compliance.enums';

/**
 * What the per-cadre summaries (complianceSummary, coverageSummary) share: the population they count,
 * how a row is grouped in SQL, and how a group's key and label are shown.
 */

/** The population counted: cadres matching the filter, active ones unless the filter names statuses, never archived. */
export function summaryPopulation(filter: CadreFilter | null | undefined): FilterBuilder {
  const f = cadreFilter(filter);
  f.where('t.archived_at is null');
  if (!filter?.status?.length) f.where(`t.status = 'ACTIVE'`);
  return f;
}

/** The grouping of one dimension in SQL: key and label expressions and the join they need. */
export interface GroupKey {
  key: string;
  label: string;
  join: string;
}

/** The grouping expressions over a row whose region, unit, category and sector are the given column expressions. */
export function groupKeys(cols: { region: string; unit: string; category: string; sector: string }): Record<ComplianceGroupBy, GroupKey> {
  return {
    REGION: { key: 'rg.code', label: 'rg.name', join: `join region rg on rg.id = ${cols.region}` },
    UNIT: { key: `${cols.unit}::text`, label: 'u.name', join: `join unit u on u.id = ${cols.unit}` },
    CATEGORY: { key: cols.category, label: cols.category, join: '' },
    SECTOR: { key: cols.sector, label: cols.sector, join: '' },
  };
}

/** A group's key and label for the API: a unit's global id; a category's or sector's Chinese label; null for the total. */
export function presentGroupKey(groupBy: ComplianceGroupBy, row: { key: string | null; label: string | null }): { key: string | null; label: string | null } {
  if (row.key === null) return { key: null, label: null };
  if (groupBy === ComplianceGroupBy.UNIT) return { key: toGlobalId('Unit', Number(row.key)), label: row.label };
  if (groupBy === ComplianceGroupBy.CATEGORY || groupBy === ComplianceGroupBy.SECTOR) {
    const values = ENUM_CATALOG.get(groupBy === ComplianceGroupBy.CATEGORY ? 'CadreCategory' : 'Sector')?.values;
    return { key: row.key, label: values?.find((v) => v.value === row.key)?.label ?? row.key };
  }
  return { key: row.key, label: row.label };
}
