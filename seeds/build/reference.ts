import { INSTITUTIONS, type InstitutionSeed } from '../data/institutions';
import { PLATFORMS, type PlatformSeed } from '../data/platforms';
import { REGIONS } from '../data/regions';
import { SITES, type SiteSeed } from '../data/sites';
import { UNITS, type UnitSeed } from '../data/units';
import type { InstitutionRow, PlatformRow, RegionRow, SiteRow, UnitRow } from '../rows';
import { SEED_STAMP } from './constants';

export interface Reference {
  regions: RegionRow[];
  regionByCode: Map<string, RegionRow>;
  regionById: Map<number, RegionRow>;
  units: UnitRow[];
  unitSeeds: Map<number, UnitSeed>;
  institutions: InstitutionRow[];
  institutionByKey: Map<string, InstitutionRow>;
  institutionSeeds: Map<number, InstitutionSeed>;
  platforms: PlatformRow[];
  platformByCode: Map<string, PlatformRow>;
  platformSeeds: Map<number, PlatformSeed>;
  sites: SiteRow[];
  siteByKey: Map<string, SiteRow>;
  siteSeeds: Map<number, SiteSeed>;
}

const stamps = { created_at: SEED_STAMP, updated_at: SEED_STAMP };

export function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`seed data: unknown ${what} ${String(key)}`);
  return v;
}

export function buildReference(): Reference {
  const regionByCode = new Map<string, RegionRow>();
  const regionById = new Map<number, RegionRow>();
  const regions = REGIONS.map((r, i): RegionRow => {
    const parent = r.parent === null ? null : must(regionByCode, r.parent, 'parent region');
    const row: RegionRow = {
      id: i + 1,
      code: r.code,
      name: r.name,
      level: r.level,
      parent_id: parent ? parent.id : null,
      path: `${parent ? parent.path : '/'}${r.code}/`,
      ...stamps,
    };
    regionByCode.set(r.code, row);
    regionById.set(row.id, row);
    return row;
  });

  const unitSeeds = new Map<number, UnitSeed>();
  const units = UNITS.map((u, i): UnitRow => {
    unitSeeds.set(i + 1, u);
    return { id: i + 1, name: u.name, kind: u.kind, region_id: must(regionByCode, u.region, 'region').id, sector: u.sector, ...stamps };
  });

  const institutionByKey = new Map<string, InstitutionRow>();
  const institutionSeeds = new Map<number, InstitutionSeed>();
  const institutions = INSTITUTIONS.map((s, i): InstitutionRow => {
    const row: InstitutionRow = {
      id: i + 1,
      name: s.name,
      short_name: s.shortName,
      kind: s.kind,
      level: s.level,
      region_id: must(regionByCode, s.region, 'region').id,
      county_category: s.countyCategory ?? null,
      supervisor_id: s.supervisor ? must(institutionByKey, s.supervisor, 'supervisor institution').id : null,
      ...stamps,
    };
    institutionByKey.set(s.key, row);
    institutionSeeds.set(row.id, s);
    return row;
  });

  const platformByCode = new Map<string, PlatformRow>();
  const platformSeeds = new Map<number, PlatformSeed>();
  const platforms = PLATFORMS.map((p, i): PlatformRow => {
    const row: PlatformRow = { id: i + 1, code: p.code, name: p.name, owner: p.owner, is_recognised: p.isRecognised, url: p.url, ...stamps };
    platformByCode.set(p.code, row);
    platformSeeds.set(row.id, p);
    return row;
  });

  const siteByKey = new Map<string, SiteRow>();
  const siteSeeds = new Map<number, SiteSeed>();
  const sites = SITES.map((s, i): SiteRow => {
    const row: SiteRow = {
      id: i + 1,
      name: s.name,
      region_id: must(regionByCode, s.region, 'region').id,
      theme: s.theme,
      institution_id: must(institutionByKey, s.institution, 'institution').id,
      status: s.status,
      address: s.address,
      ...stamps,
    };
    siteByKey.set(s.key, row);
    siteSeeds.set(row.id, s);
    return row;
  });

  return {
    regions,
    regionByCode,
    regionById,
    units,
    unitSeeds,
    institutions,
    institutionByKey,
    institutionSeeds,
    platforms,
    platformByCode,
    platformSeeds,
    sites,
    siteByKey,
    siteSeeds,
  };
}
