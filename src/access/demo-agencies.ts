import { toGlobalId } from '../core/read/ids';
import { Role } from './viewer';
import type { HubClaims } from './token';

/** Demo agencies of the seed, for `npm run token -- --as <name>` (README: "Roles and demo tokens"). */
export const DEMO_AGENCIES: Readonly<Record<string, { description: string; claims: HubClaims }>> = {
  admin: { description: '系统管理员 (ADMIN)', claims: { role: Role.ADMIN } },
  'province-org': {
    description: '中共福建省委组织部 (ORG_DEPT, 350000)',
    claims: { role: Role.ORG_DEPT, region: '350000', agency: toGlobalId('Unit', 1) },
  },
  'xiamen-org': {
    description: '中共厦门市委组织部 (ORG_DEPT, 350200)',
    claims: { role: Role.ORG_DEPT, region: '350200', agency: toGlobalId('Unit', 43) },
  },
  'jinjiang-org': {
    description: '中共晋江市委组织部 (ORG_DEPT, 350582)',
    claims: { role: Role.ORG_DEPT, region: '350582', agency: toGlobalId('Unit', 69) },
  },
  'provincial-school': {
    description: '中共福建省委党校（福建行政学院） (PARTY_SCHOOL)',
    claims: { role: Role.PARTY_SCHOOL, agency: toGlobalId('Institution', 1) },
  },
  'xiamen-school': {
    description: '中共厦门市委党校 (PARTY_SCHOOL)',
    claims: { role: Role.PARTY_SCHOOL, agency: toGlobalId('Institution', 7) },
  },
  'gutian-college': { description: '古田干部学院 (PARTY_SCHOOL)', claims: { role: Role.PARTY_SCHOOL, agency: toGlobalId('Institution', 2) } },
  'soe-bureau': {
    description: '福建省国资委 (INDUSTRY_BUREAU, SOE)',
    claims: { role: Role.INDUSTRY_BUREAU, sector: 'SOE', agency: toGlobalId('Unit', 7) },
  },
  'education-bureau': {
    description: '福建省教育厅 (INDUSTRY_BUREAU, EDUCATION)',
    claims: { role: Role.INDUSTRY_BUREAU, sector: 'EDUCATION', agency: toGlobalId('Unit', 9) },
  },
  reporter: { description: '报表工具 (REPORTER)', claims: { role: Role.REPORTER } },
  'cadre-1045': { description: '厦门市委组织部部长, a cadre reading their own record (CADRE)', claims: { role: Role.CADRE, cadre: toGlobalId('Cadre', 1045) } },
};
