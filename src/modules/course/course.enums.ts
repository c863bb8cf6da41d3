import { defineEnum } from '../../core/enums';

export enum CourseCategory {
  THEORY = 'THEORY',
  PARTY_SPIRIT = 'PARTY_SPIRIT',
  CAPABILITY = 'CAPABILITY',
  KNOWLEDGE = 'KNOWLEDGE',
}
defineEnum(CourseCategory, 'CourseCategory', '课程类别 (course category)', {
  THEORY: '理论教育',
  PARTY_SPIRIT: '党性教育',
  CAPABILITY: '履职能力培训',
  KNOWLEDGE: '知识培训',
});

export enum TeachingMethod {
  LECTURE = 'LECTURE',
  CASE = 'CASE',
  SIMULATION = 'SIMULATION',
  EXPERIENTIAL = 'EXPERIENTIAL',
  SEMINAR = 'SEMINAR',
  INTERVIEW = 'INTERVIEW',
  ONSITE = 'ONSITE',
  DEBATE = 'DEBATE',
}
defineEnum(TeachingMethod, 'TeachingMethod', '教学方式 (teaching method)', {
  LECTURE: '讲授式',
  CASE: '案例式',
  SIMULATION: '模拟式',
  EXPERIENTIAL: '体验式',
  SEMINAR: '研讨式',
  INTERVIEW: '访谈式',
  ONSITE: '现场教学',
  DEBATE: '辩论式',
});

export enum CourseFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
defineEnum(CourseFormat, 'CourseFormat', '授课形式 (delivery format)', {
  IN_PERSON: '线下面授',
  ONLINE: '网络课程',
  HYBRID: '线上线下融合',
});

/** 审核状态, shared by courses and cases: 讲授、制作 → 审核 → 发布 → 更新/下线. */
export enum ReviewStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
defineEnum(ReviewStatus, 'ReviewStatus', '审核状态 (review workflow status)', {
  DRAFT: '制作中',
  IN_REVIEW: '审核中',
  APPROVED: '审核通过待发布',
  PUBLISHED: '已发布',
  RETIRED: '已下线',
});

export enum AwardLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
}
defineEnum(AwardLevel, 'AwardLevel', '获奖级别 (award level)', {
  NATIONAL: '全国',
  PROVINCIAL: '省级',
  MUNICIPAL: '设区市级',
});
