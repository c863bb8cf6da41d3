import { defineEnum } from '../../core/enums';

export enum SiteStatus {
  ACTIVE = 'ACTIVE',
  ADJUSTED = 'ADJUSTED',
  REVOKED = 'REVOKED',
}
defineEnum(SiteStatus, 'SiteStatus', '现场教学点状态 (status of an onsite teaching site)', {
  ACTIVE: '正常使用',
  ADJUSTED: '已调整',
  REVOKED: '已撤销',
});
