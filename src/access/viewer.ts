import { defineEnum } from '../core/enums';

export enum Role {
  ORG_DEPT = 'ORG_DEPT',
  PARTY_SCHOOL = 'PARTY_SCHOOL',
  INDUSTRY_BUREAU = 'INDUSTRY_BUREAU',
  REPORTER = 'REPORTER',
  CADRE = 'CADRE',
  ADMIN = 'ADMIN',
}
defineEnum(Role, 'Role', '角色 (role carried by the token)', {
  ORG_DEPT: '组织部门',
  PARTY_SCHOOL: '党校(行政学院)、干部学院等培训机构',
  INDUSTRY_BUREAU: '行业主管部门',
  REPORTER: '报表工具',
  CADRE: '干部本人',
  ADMIN: '系统管理员',
});

/** Who is asking: taken from a verified token, never from input. */
export interface Viewer {
  subject: string;
  role: Role;
  /** The agency acting: a unit or institution id (global id) or code. */
  agency?: string;
  /** Jurisdiction root, a GB/T 2260 region code such as `350200`. */
  region?: string;
  /** Sector code for industry bureaus, such as `SOE`. */
  sector?: string;
  /** For CADRE tokens: the cadre's own id. */
  cadre?: string;
}
