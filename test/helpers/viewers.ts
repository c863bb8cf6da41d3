import { toGlobalId } from '../../src/core/read/ids';
import { Role, type Viewer } from '../../src/access/viewer';

// Demo agencies of the seed (seeds/README.md).
export const XM_ORG_UNIT = 43; // 中共厦门市委组织部
export const SOE_BUREAU_UNIT = 7; // 福建省国资委
export const XM_SCHOOL = 7; // 中共厦门市委党校
export const PROVINCIAL_SCHOOL = 1;
export const XM_CADRE = 1045;

/** One viewer per role, acting for a demo agency of the seed. */
export const VIEWERS: Record<Role, Viewer> = {
  ADMIN: { subject: 'acl-admin', role: Role.ADMIN },
  ORG_DEPT: { subject: 'acl-xm-org', role: Role.ORG_DEPT, region: '350200', agency: toGlobalId('Unit', XM_ORG_UNIT) },
  PARTY_SCHOOL: { subject: 'acl-xm-school', role: Role.PARTY_SCHOOL, agency: toGlobalId('Institution', XM_SCHOOL) },
  INDUSTRY_BUREAU: { subject: 'acl-soe', role: Role.INDUSTRY_BUREAU, sector: 'SOE', agency: toGlobalId('Unit', SOE_BUREAU_UNIT) },
  REPORTER: { subject: 'acl-reporter', role: Role.REPORTER },
  CADRE: { subject: 'acl-cadre', role: Role.CADRE, cadre: toGlobalId('Cadre', XM_CADRE) },
};

export const ROLES = Object.values(Role);
