import { Field, Float, ID, InputType, Int } from 'type-graphql';

/**
 * One row of a platform's report. Dates and mode are plain strings on purpose: a malformed row is
 * rejected on its own, with its field path, instead of failing the whole call.
 */
@InputType('ImportTrainingRecordInput', { description: '互认导入的一条培训记录 (one training record reported by a platform)' })
export class ImportTrainingRecordInput {
  @Field(() => String, { description: '平台记录编号 (the platform\'s own id of the record; imports are idempotent on it)' })
  externalId!: string;

  @Field(() => ID, { nullable: true, description: '干部 (cadre id; or give idCardNumber)' })
  cadreId?: string | null;

  @Field(() => String, { nullable: true, description: '身份证号 (ID-card number identifying the cadre, when the platform has no cadre id)' })
  idCardNumber?: string | null;

  @Field(() => String, { description: '培训形式 (a TrainingMode value, e.g. ONLINE_SELF_STUDY)' })
  mode!: string;

  @Field(() => String, { description: '培训名称 (title)' })
  title!: string;

  @Field(() => Float, { nullable: true, description: '报送学时 (hours reported; when absent, days or sessions are converted; reported or converted hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day — the days when above 0, else the calendar days — or the row is REJECTED naming the field they came from)' })
  hours?: number | null;

  @Field(() => Float, { nullable: true, description: '培训天数 (days reported; at most the calendar days from start to end date, both counted, or the row is REJECTED)' })
  days?: number | null;

  @Field(() => Int, { nullable: true, description: '学习次数 (centre-group sessions reported)' })
  sessions?: number | null;

  @Field(() => String, { description: '开始日期 (start date, YYYY-MM-DD)' })
  startDate!: string;

  @Field(() => String, { description: '结束日期 (end date, YYYY-MM-DD)' })
  endDate!: string;

  @Field(() => ID, { nullable: true, description: '班次 (training class id, when known)' })
  classId?: string | null;

  @Field(() => ID, { nullable: true, description: '课程 (course id, when known)' })
  courseId?: string | null;
}
