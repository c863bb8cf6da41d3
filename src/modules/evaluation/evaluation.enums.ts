import { defineEnum } from '../../core/enums';

export enum EvaluationKind {
  TRAINEE_RATING = 'TRAINEE_RATING',
  SUPERVISOR_OBSERVATION = 'SUPERVISOR_OBSERVATION',
  QUALITY_ASSESSMENT = 'QUALITY_ASSESSMENT',
}
defineEnum(EvaluationKind, 'EvaluationKind', '评估类型 (kind of evaluation)', {
  TRAINEE_RATING: '学员评课',
  SUPERVISOR_OBSERVATION: '督导听课',
  QUALITY_ASSESSMENT: '办学质量评估',
});

export enum EvaluationTargetKind {
  COURSE = 'COURSE',
  TEACHER = 'TEACHER',
  CLASS = 'CLASS',
  INSTITUTION = 'INSTITUTION',
  SITE = 'SITE',
}
defineEnum(EvaluationTargetKind, 'EvaluationTargetKind', '评估对象类型 (what an evaluation is about)', {
  COURSE: '课程',
  TEACHER: '师资',
  CLASS: '班次',
  INSTITUTION: '培训机构',
  SITE: '现场教学点',
});
