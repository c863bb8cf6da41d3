import { defineEnum } from '../../core/enums';

export enum TeacherKind {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
defineEnum(TeacherKind, 'TeacherKind', '师资类型 (full- or part-time)', { FULL_TIME: '专职', PART_TIME: '兼职' });

export enum TeacherSource {
  SCHOOL_FACULTY = 'SCHOOL_FACULTY',
  LEADING_CADRE = 'LEADING_CADRE',
  EXPERT_SCHOLAR = 'EXPERT_SCHOLAR',
  ADVANCED_MODEL = 'ADVANCED_MODEL',
  GRASSROOTS_CADRE = 'GRASSROOTS_CADRE',
}
defineEnum(TeacherSource, 'TeacherSource', '师资来源 (where a teacher comes from)', {
  SCHOOL_FACULTY: '党校(行政学院)、干部学院教师',
  LEADING_CADRE: '领导干部',
  EXPERT_SCHOLAR: '专家学者',
  ADVANCED_MODEL: '先进典型',
  GRASSROOTS_CADRE: '基层干部',
});
