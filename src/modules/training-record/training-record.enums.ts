import { defineEnum } from '../../core/enums';

export enum TrainingMode {
  FULL_TIME_TRAINING = 'FULL_TIME_TRAINING',
  CENTER_GROUP_STUDY = 'CENTER_GROUP_STUDY',
  ONLINE_THEMATIC = 'ONLINE_THEMATIC',
  LECTURE_BRIEFING = 'LECTURE_BRIEFING',
  ONLINE_SELF_STUDY = 'ONLINE_SELF_STUDY',
}
defineEnum(TrainingMode, 'TrainingMode', '培训形式 (mode of training; the first four are centralized training)', {
  FULL_TIME_TRAINING: '脱产培训',
  CENTER_GROUP_STUDY: '中心组学习',
  ONLINE_THEMATIC: '网络专题培训',
  LECTURE_BRIEFING: '集中宣讲、专题讲座',
  ONLINE_SELF_STUDY: '网络自学',
});

export enum VerificationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  DUPLICATE = 'DUPLICATE',
}
defineEnum(VerificationStatus, 'VerificationStatus', '核验状态 (verification status of a record)', {
  PENDING: '待核验',
  VERIFIED: '已核验',
  REJECTED: '核验未通过',
  DUPLICATE: '重复记录',
});
