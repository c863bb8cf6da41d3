import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { DateScalar } from '../../core/scalars';
import { TeachingMethod } from '../course/course.enums';
import { ClassKind, SessionVenue } from './training-class.enums';

/** 班次: the read type. Institution, sessions, quotas and enrollments resolve in TrainingClassResolver. */
@ObjectType('TrainingClass', { description: '班次 (a training class run by an institution)', simpleResolvers: true })
export class TrainingClass extends RecordType {
  institutionId!: number;

  @Field({ description: '班次名称 (name)' })
  name!: string;

  @Field(() => ClassKind, { description: '班次类型 (kind: main, thematic, onboarding…)' })
  kind!: ClassKind;

  @Field({ description: '学期 (semester, e.g. 2025-SPRING / 2025-AUTUMN)' })
  semester!: string;

  @Field(() => DateScalar, { description: '开班日期 (start date)' })
  startDate!: string;

  @Field(() => DateScalar, { description: '结业日期 (end date)' })
  endDate!: string;

  @Field(() => Float, { description: '培训天数 (days)' })
  days!: number;

  @Field(() => Int, { description: '计划人数 (capacity: planned number of trainees)' })
  capacity!: number;
}

/** 课表: one session of a class's timetable. */
@ObjectType('ClassSession', { description: '课表 (one session of a class\'s timetable)', simpleResolvers: true })
export class ClassSession extends RecordType {
  classId!: number;
  courseId!: number | null;
  teacherId!: number | null;
  siteId!: number | null;

  @Field({ description: '课题 (session title)' })
  title!: string;

  @Field(() => DateScalar, { description: '上课日期 (date)' })
  date!: string;

  @Field(() => Float, { description: '学时 (hours)' })
  hours!: number;

  @Field(() => TeachingMethod, { description: '教学方式 (teaching method)' })
  method!: TeachingMethod;

  @Field({ description: '是否领导干部授课 (taught by a leading cadre, 领导干部上讲台)' })
  isLeaderLecture!: boolean;

  @Field(() => SessionVenue, { description: '教学场所 (venue: classroom, onsite or online)' })
  venue!: SessionVenue;
}

/** 名额分配: seats of a class allocated to a unit. */
@ObjectType('ClassQuota', { description: '名额分配 (seats of a class allocated to a unit)', simpleResolvers: true })
export class ClassQuota extends RecordType {
  classId!: number;
  unitId!: number;

  @Field(() => Int, { description: '分配名额 (seats allocated)' })
  seats!: number;
}
