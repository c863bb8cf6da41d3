import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { IsDecimal } from '../../core/write/decimal';
import { DateScalar } from '../../core/scalars';
import { TrainingMode, VerificationStatus } from './training-record.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

/** numeric(7,1) and numeric(5,1): one decimal place (half days and half hours are common). */
const MAX_HOURS = 999999.9;
const MAX_DAYS = 9999.9;

/** The plausibility rules (plausibility.ts), as the descriptions state them; the record is checked as it will be stored. */
const DAYS_RULE = 'days at most the calendar days from start to end date, both counted';
const HOURS_RULE =
  'reported and credited hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day, where training days are the days when above 0, else the calendar days from start to end date';

@InputType('TrainingRecordFilter', { description: '培训记录筛选条件 (training record filter)' })
export class TrainingRecordFilter {
  @Field(() => ID, { nullable: true, description: '干部 (cadre id)' })
  cadreId?: string | null;

  @Field(() => [TrainingMode], { nullable: true, description: '培训形式，任一 (any of these modes)' })
  mode?: TrainingMode[] | null;

  @Field(() => ID, { nullable: true, description: '来源平台 (platform id)' })
  platformId?: string | null;

  @Field(() => ID, { nullable: true, description: '班次 (training class id)' })
  classId?: string | null;

  @Field(() => ID, { nullable: true, description: '课程 (course id)' })
  courseId?: string | null;

  @Field(() => [VerificationStatus], { nullable: true, description: '核验状态，任一 (any of these verification statuses)' })
  verificationStatus?: VerificationStatus[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '日期范围起 (range start, inclusive): 与范围有交集的记录，即结束日期不早于此日 (records overlapping the range: endDate >= dateFrom)',
  })
  dateFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '日期范围止 (range end, inclusive): 与范围有交集的记录，即开始日期不晚于此日 (records overlapping the range: startDate <= dateTo)',
  })
  dateTo?: string | null;

  @MaxLength(12)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '干部所在行政区划代码，含下级 (region code of the cadre; the whole subtree)' })
  regionCode?: string | null;
}

/** The fields CreateTrainingRecordInput and UpdateTrainingRecordInput share: type and rules, declared once (see inputField). */
const trainingRecordFields = {
  cadreId: inputField(() => ID),
  mode: inputField(() => TrainingMode),
  title: inputField(() => String, [Length(1, 200)]),
  hours: inputField(() => Float, [IsDecimal(1), Min(0), Max(MAX_HOURS)]),
  creditedHours: inputField(() => Float, [IsDecimal(1), Min(0), Max(MAX_HOURS)]),
  days: inputField(() => Float, [IsDecimal(1), Min(0), Max(MAX_DAYS)]),
  startDate: inputField(() => DateScalar),
  endDate: inputField(() => DateScalar),
  classId: inputField(() => ID),
  courseId: inputField(() => ID),
  platformId: inputField(() => ID),
  externalId: inputField(() => String, [Length(1, 64)]),
  verificationStatus: inputField(() => VerificationStatus),
};

@InputType('CreateTrainingRecordInput', { description: '新增培训记录 (create a training record; the recording agency comes from your token)' })
export class CreateTrainingRecordInput extends IdempotentInput {
  @trainingRecordFields.cadreId.required('干部 (cadre id)')
  cadreId!: string;

  @trainingRecordFields.mode.required('培训形式 (mode)')
  mode!: TrainingMode;

  @trainingRecordFields.title.required('培训名称 (title)')
  title!: string;

  @trainingRecordFields.hours.required(`报送学时 (hours as reported; >= 0, one decimal place; ${HOURS_RULE})`)
  hours!: number;

  @trainingRecordFields.creditedHours.optional(`认定学时 (credited hours; defaults to the reported hours; ${HOURS_RULE})`)
  creditedHours?: number | null;

  @trainingRecordFields.days.optional(`培训天数 (days; default 0; ${DAYS_RULE})`)
  days?: number | null;

  @trainingRecordFields.startDate.required('开始日期 (start date)')
  startDate!: string;

  @trainingRecordFields.endDate.required(`结束日期 (end date; not before the start date; ${DAYS_RULE} and ${HOURS_RULE})`)
  endDate!: string;

  @trainingRecordFields.classId.optional('班次 (training class id, when known)')
  classId?: string | null;

  @trainingRecordFields.courseId.optional('课程 (course id, when known)')
  courseId?: string | null;

  @trainingRecordFields.platformId.optional('来源平台 (platform id)')
  platformId?: string | null;

  @trainingRecordFields.externalId.optional('平台记录编号 (the platform\'s own record id; unique per platform)')
  externalId?: string | null;

  @trainingRecordFields.verificationStatus.optional('核验状态 (verification status; default VERIFIED)')
  verificationStatus?: VerificationStatus | null;
}

@InputType('UpdateTrainingRecordInput', { description: '修改培训记录 (update a training record; absent fields stay unchanged)' })
export class UpdateTrainingRecordInput {
  @Field(() => ID, { description: '培训记录 (training record id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @trainingRecordFields.cadreId.optional('干部 (cadre id; corrects a record entered for the wrong cadre)')
  cadreId?: string;

  @trainingRecordFields.mode.optional('培训形式 (mode)')
  mode?: TrainingMode;

  @trainingRecordFields.title.optional('培训名称 (title)')
  title?: string;

  @trainingRecordFields.hours.optional(`报送学时 (hours as reported; when credited hours equalled the reported hours and are not given, they follow; ${HOURS_RULE})`)
  hours?: number;

  @trainingRecordFields.creditedHours.optional(`认定学时 (credited hours; ${HOURS_RULE})`)
  creditedHours?: number;

  @trainingRecordFields.days.optional(`培训天数 (days; ${DAYS_RULE})`)
  days?: number;

  @trainingRecordFields.startDate.optional('开始日期 (start date)')
  startDate?: string;

  @trainingRecordFields.endDate.optional(`结束日期 (end date; not before the start date; ${DAYS_RULE} and ${HOURS_RULE})`)
  endDate?: string;

  @trainingRecordFields.classId.optional('班次 (training class id; null clears it)')
  classId?: string | null;

  @trainingRecordFields.courseId.optional('课程 (course id; null clears it)')
  courseId?: string | null;

  @trainingRecordFields.platformId.optional('来源平台 (platform id; null clears it)')
  platformId?: string | null;

  @trainingRecordFields.externalId.optional('平台记录编号 (the platform\'s own record id; null clears it)')
  externalId?: string | null;

  @trainingRecordFields.verificationStatus.optional('核验状态 (verification status)')
  verificationStatus?: VerificationStatus;
}
