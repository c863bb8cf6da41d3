import { defineEnum } from '../../core/enums';

export enum ClassKind {
  MAIN = 'MAIN',
  THEMATIC = 'THEMATIC',
  ONBOARDING = 'ONBOARDING',
  APPOINTMENT = 'APPOINTMENT',
  YOUNG_CADRE = 'YOUNG_CADRE',
  ONLINE_THEMATIC = 'ONLINE_THEMATIC',
  PRINCIPAL_LEADER = 'PRINCIPAL_LEADER',
  SECTOR = 'SECTOR',
}
defineEnum(ClassKind, 'ClassKind', '班次类型 (kind of class)', {
  MAIN: '主体班次',
  THEMATIC: '专题培训班',
  ONBOARDING: '初任培训班',
  APPOINTMENT: '任职培训班',
  YOUNG_CADRE: '中青年干部培训班',
  ONLINE_THEMATIC: '网络专题班',
  PRINCIPAL_LEADER: '一把手专题研讨班',
  SECTOR: '行业系统培训班',
});

export enum SessionVenue {
  CLASSROOM = 'CLASSROOM',
  ONSITE = 'ONSITE',
  ONLINE = 'ONLINE',
}
defineEnum(SessionVenue, 'SessionVenue', '教学场所 (where a session takes place)', {
  CLASSROOM: '课堂教学',
  ONSITE: '现场教学',
  ONLINE: '网络教学',
});
