import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsDecimal } from '../../core/write/decimal';
import { DateScalar } from '../../core/scalars';
import { TeachingMethod } from '../course/course.enums';
import { ClassKind, SessionVenue } from './training-class.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

/** `2025-SPRING` / `2025-AUTUMN`, as the table's check constraint requires. */
const SEMESTER = /^\d{4}-(SPRING|AUTUMN)$/;
const SEMESTER_MESSAGE = 'must be a year and SPRING or AUTUMN, e.g. 2025-SPRING';
/** numeric(5,1): at most 9999.9, one decimal place. */
const MAX_CAPACITY = 100_000;
/** A single session cannot run longer than a day. */
const MAX_SESSION_HOURS = 24;

@InputType('TrainingClassFilter', { description: '班次筛选条件 (training class filter)' })
export class TrainingClassFilter {
  @Field(() => ID, { nullable: true, description: '举办机构 (institution id)' })
  institutionId?: string | null;

  @ArrayMaxSize(50)
  @MaxLength(12, { each: true })
  @IsOptional()
  @Field(() => [String], { nullable: true, description: '学期，任一 (any of these semesters, e.g. 2025-SPRING)' })
  semester?: string[] | null;

  @Field(() => [ClassKind], { nullable: true, description: '班次类型，任一 (any of these kinds)' })
  kind?: ClassKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: '日期范围起 (running on or after this date)' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '日期范围止 (running on or before this date)' })
  dateTo?: string | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '班次名称关键词 (name keyword)' })
  keyword?: string | null;
}

/** The fields CreateTrainingClassInput and UpdateTrainingClassInput share: type and rules, declared once (see inputField). */
const trainingClassFields = {
  institutionId: inputField(() => ID),
  name: inputField(() => String, [Length(1, 200)]),
  kind: inputField(() => ClassKind),
  semester: inputField(() => String, [Matches(SEMESTER, { message: SEMESTER_MESSAGE })]),
  startDate: inputField(() => DateScalar),
  endDate: inputField(() => DateScalar),
  days: inputField(() => Float, [IsDecimal(1), Min(0), Max(9999.9)]),
  capacity: inputField(() => Int, [IsInt(), Min(1), Max(MAX_CAPACITY)]),
};

@InputType('CreateTrainingClassInput', { description: '新增班次 (create a training class)' })
export class CreateTrainingClassInput extends IdempotentInput {
  @trainingClassFields.institutionId.required('举办机构 (institution id)')
  institutionId!: string;

  @trainingClassFields.name.required('班次名称 (name)')
  name!: string;

  @trainingClassFields.kind.required('班次类型 (kind)')
  kind!: ClassKind;

  @trainingClassFields.semester.required('学期 (semester, e.g. 2025-SPRING)')
  semester!: string;

  @trainingClassFields.startDate.required('开班日期 (start date)')
  startDate!: string;

  @trainingClassFields.endDate.required('结业日期 (end date; not before the start date)')
  endDate!: string;

  @trainingClassFields.days.optional('培训天数 (days; default the calendar days from start to end)')
  days?: number | null;

  @trainingClassFields.capacity.required('计划人数 (capacity; more than 0)')
  capacity!: number;
}

@InputType('UpdateTrainingClassInput', { description: '修改班次 (update a training class; absent fields stay unchanged)' })
export class UpdateTrainingClassInput {
  @Field(() => ID, { description: '班次 (training class id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @trainingClassFields.institutionId.optional('举办机构 (institution id)')
  institutionId?: string;

  @trainingClassFields.name.optional('班次名称 (name)')
  name?: string;

  @trainingClassFields.kind.optional('班次类型 (kind)')
  kind?: ClassKind;

  @trainingClassFields.semester.optional('学期 (semester, e.g. 2025-AUTUMN)')
  semester?: string;

  @trainingClassFields.startDate.optional('开班日期 (start date)')
  startDate?: string;

  @trainingClassFields.endDate.optional('结业日期 (end date; not before the start date)')
  endDate?: string;

  @trainingClassFields.days.optional('培训天数 (days)')
  days?: number;

  @trainingClassFields.capacity.optional('计划人数 (capacity; not below the seats already allocated)')
  capacity?: number;
}

/** The fields AddClassSessionInput and UpdateClassSessionInput share: type and rules, declared once (see inputField). */
const classSessionFields = {
  title: inputField(() => String, [Length(1, 200)]),
  date: inputField(() => DateScalar),
  hours: inputField(() => Float, [IsDecimal(1), Min(0), Max(MAX_SESSION_HOURS)]),
  method: inputField(() => TeachingMethod),
  isLeaderLecture: inputField(() => Boolean),
  venue: inputField(() => SessionVenue),
  courseId: inputField(() => ID),
  teacherId: inputField(() => ID),
  siteId: inputField(() => ID),
};

@InputType('AddClassSessionInput', { description: '新增课表 (add a session to a class\'s timetable)' })
export class AddClassSessionInput extends IdempotentInput {
  @Field(() => ID, { description: '班次 (training class id)' })
  classId!: string;

  @classSessionFields.title.required('课题 (session title)')
  title!: string;

  @classSessionFields.date.required('上课日期 (date; within the class\'s dates)')
  date!: string;

  @classSessionFields.hours.required('学时 (hours; 0 to 24, one decimal place)')
  hours!: number;

  @classSessionFields.method.required('教学方式 (teaching method)')
  method!: TeachingMethod;

  @classSessionFields.isLeaderLecture.optional('是否领导干部授课 (taught by a leading cadre; default false)')
  isLeaderLecture?: boolean | null;

  @classSessionFields.venue.optional('教学场所 (venue; default ONSITE when a site is given, else CLASSROOM)')
  venue?: SessionVenue | null;

  @classSessionFields.courseId.optional('课程 (course id)')
  courseId?: string | null;

  @classSessionFields.teacherId.optional('授课教师 (teacher id)')
  teacherId?: string | null;

  @classSessionFields.siteId.optional('现场教学点 (onsite teaching site id; onsite sessions only)')
  siteId?: string | null;
}

@InputType('UpdateClassSessionInput', { description: '修改课表 (update a session; absent fields stay unchanged, null clears a link)' })
export class UpdateClassSessionInput {
  @Field(() => ID, { description: '课表 (session id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @classSessionFields.title.optional('课题 (session title)')
  title?: string;

  @classSessionFields.date.optional('上课日期 (date; within the class\'s dates)')
  date?: string;

  @classSessionFields.hours.optional('学时 (hours; 0 to 24, one decimal place)')
  hours?: number;

  @classSessionFields.method.optional('教学方式 (teaching method)')
  method?: TeachingMethod;

  @classSessionFields.isLeaderLecture.optional('是否领导干部授课 (taught by a leading cadre)')
  isLeaderLecture?: boolean;

  @classSessionFields.venue.optional('教学场所 (venue)')
  venue?: SessionVenue;

  @classSessionFields.courseId.optional('课程 (course id; null clears it)')
  courseId?: string | null;

  @classSessionFields.teacherId.optional('授课教师 (teacher id; null clears it)')
  teacherId?: string | null;

  @classSessionFields.siteId.optional('现场教学点 (onsite teaching site id; null clears it)')
  siteId?: string | null;
}

@InputType('SetClassQuotaInput', { description: '名额分配 (allocate seats of a class to a unit; 0 seats withdraws the allocation)' })
export class SetClassQuotaInput {
  @Field(() => ID, { description: '班次 (training class id)' })
  classId!: string;

  @Field(() => ID, { description: '单位 (unit id)' })
  unitId!: string;

  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  @Field(() => Int, { description: '分配名额 (seats; 0 withdraws the allocation; all allocations together stay within the capacity)' })
  seats!: number;

  @Min(1)
  @IsOptional()
  @Field(() => Int, {
    nullable: true,
    description: '版本号 (version of the unit\'s current allocation as you last read it; omit when the unit has none yet)',
  })
  version?: number | null;
}
