import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError, ConflictError, ErrorCode } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { ArchiveInput } from '../../core/write/inputs';
import {
  archiveRecord,
  assignDefined,
  auditWrite,
  blameConstraint,
  checkDateRange,
  inTransaction,
  loadForUpdate,
  optionalReference,
  readBack,
  reference,
  validateInput,
} from '../kit/mutation';
import { Cadre } from '../cadre/cadre.type';
import { CadreModel } from '../cadre/cadre.loaders';
import { CadreEntity } from '../cadre/cadre.entity';
import { Course } from '../course/course.type';
import { CourseModel } from '../course/course.loaders';
import { CourseEntity } from '../course/course.entity';
import { Platform } from '../platform/platform.type';
import { PlatformModel } from '../platform/platform.loaders';
import { PlatformEntity } from '../platform/platform.entity';
import { TrainingClass } from '../training-class/training-class.type';
import { TrainingClassModel } from '../training-class/training-class.loaders';
import { TrainingClassEntity } from '../training-class/training-class.entity';
import { TrainingRecordEntity } from './training-record.entity';
import { VerificationStatus } from './training-record.enums';
import { CreateTrainingRecordInput, TrainingRecordFilter, UpdateTrainingRecordInput } from './training-record.inputs';
import { TrainingRecordModel, trainingRecordFilter } from './training-record.loaders';
import { TrainingRecord } from './training-record.type';
import { createOnce } from '../kit/idempotency';
import { implausibility, type Implausibility, type RecordClaim } from './plausibility';
import type { RecordRules } from '../../core/config';

export const TrainingRecordOrderBy = orderByEnum(TrainingRecordModel, { START_DATE: '开始日期', END_DATE: '结束日期' });
const TrainingRecordConnection = connectionType(TrainingRecord, 'TrainingRecord', '培训记录');
const TrainingRecordListArgs = listArgs(TrainingRecordFilter, TrainingRecordOrderBy, 'TrainingRecord');
blameConstraint('training_record_platform_external_id_unique', 'input.externalId');
blameConstraint('training_record_dates_check', 'input.endDate');
blameConstraint('training_record_hours_check', 'input.hours');
blameConstraint('training_record_days_plausible_check', 'input.days');
blameConstraint('training_record_hours_plausible_check', 'input.hours');

@ObjectType('TrainingRecordPayload', { description: '培训记录写操作结果 (result of a training record mutation)', simpleResolvers: true })
class TrainingRecordPayload {
  @Field(() => TrainingRecord, { description: '培训记录 (the record as stored)' })
  trainingRecord!: TrainingRecord;
}

const SCALARS = ['mode', 'title', 'startDate', 'endDate', 'externalId', 'verificationStatus'] as const;
type DecimalKey = 'hours' | 'creditedHours' | 'days';

/** A platform's record ids are unique, archived records included (the constraint covers every row). */
async function assertExternalIdFree(em: EntityManager, platform: PlatformEntity, externalId: string, exceptPk?: number): Promise<void> {
  const clash = await em.findOne(TrainingRecordEntity, { platform, externalId, ...(exceptPk ? { id: { $ne: exceptPk } } : {}) });
  if (clash) {
    throw new ConflictError(`A training record with external id ${externalId} from platform ${platform.code} already exists.`, ErrorCode.CONFLICT, {
      field: 'input.externalId',
    });
  }
}

/** On update, what else may have made a stored value implausible (the first of them the input changed is blamed). */
const CAUSES: Record<Implausibility['field'], readonly (keyof UpdateTrainingRecordInput)[]> = {
  endDate: ['endDate', 'startDate'],
  days: ['days', 'endDate', 'startDate'],
  hours: ['hours', 'days', 'endDate', 'startDate'],
  creditedHours: ['creditedHours', 'hours', 'days', 'endDate', 'startDate'],
};

/** A record breaking a plausibility rule is BAD_USER_INPUT naming the field (see plausibility.ts). */
function assertPlausible(claim: RecordClaim, rules: RecordRules, input?: UpdateTrainingRecordInput): void {
  const wrong = implausibility(claim, rules);
  if (!wrong) return;
  const field = input ? (CAUSES[wrong.field].find((f) => input[f] !== undefined) ?? wrong.field) : wrong.field;
  const detail = field === wrong.field ? '' : ` (with input.${field}, the record's ${wrong.field} ${wrong.message})`;
  throw new BadInputError(field === wrong.field ? `input.${field} ${wrong.message}.` : `input.${field} makes the record implausible${detail}.`, `input.${field}`);
}

/** What a stored record (after the update's assignments) claims. */
function claimOf(record: TrainingRecordEntity): RecordClaim {
  return { hours: Number(record.hours), creditedHours: Number(record.creditedHours), days: Number(record.days), startDate: record.startDate, endDate: record.endDate };
}

/** Decimal columns are kept as strings by the ORM; compare numerically so `6` and `'6.0'` are the same. */
function assignDecimal(record: TrainingRecordEntity, key: DecimalKey, value: number | null | undefined, changed: string[]): void {
  if (value === undefined) return;
  if (value === null) throw new BadInputError(`input.${key} cannot be null; leave it out to keep the current value.`, `input.${key}`);
  if (Number(record[key]) !== value) changed.push(key);
  record[key] = String(value);
}

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver {
  @Query(() => TrainingRecord, { description: '按标识查询培训记录 (one training record by id)' })
  trainingRecord(@Arg('id', () => ID, { description: '培训记录标识 (training record id)' }) id: string, @Ctx() ctx: Context): Promise<TrainingRecord> {
    return ctx.read.one<TrainingRecord>(TrainingRecordModel, id);
  }

  @Query(() => TrainingRecordConnection, { description: '培训记录列表 (training records, filtered and paginated)' })
  trainingRecords(@Args(() => TrainingRecordListArgs) args: ListArgsShape<TrainingRecordFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.list<TrainingRecord>(TrainingRecordModel, trainingRecordFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Cadre, { nullable: true, description: '干部 (the cadre trained; null when outside your scope)' })
  cadre(@Root() record: TrainingRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(CadreModel, record.cadreId);
  }

  @FieldResolver(() => Platform, { nullable: true, description: '来源平台 (platform the record came from)' })
  platform(@Root() record: TrainingRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return record.platformId === null ? null : ctx.read.loaders.with(info).byPk(PlatformModel, record.platformId);
  }

  @FieldResolver(() => TrainingClass, { nullable: true, description: '班次 (training class, when known)' })
  trainingClass(@Root() record: TrainingRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return record.classId === null ? null : ctx.read.loaders.with(info).byPk(TrainingClassModel, record.classId);
  }

  @FieldResolver(() => Course, { nullable: true, description: '课程 (course, when known)' })
  course(@Root() record: TrainingRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return record.courseId === null ? null : ctx.read.loaders.with(info).byPk(CourseModel, record.courseId);
  }

  @Mutation(() => TrainingRecordPayload, { description: '新增培训记录 (create a training record; recordedBy is your agency)' })
  async createTrainingRecord(@Arg('input', () => CreateTrainingRecordInput, { description: '新增培训记录输入 (the record to create)' }) input: CreateTrainingRecordInput, @Ctx() ctx: Context): Promise<TrainingRecordPayload> {
    await validateInput(input);
    checkDateRange(input.startDate, input.endDate, 'input.endDate');
    const claim = { hours: input.hours, creditedHours: input.creditedHours ?? input.hours, days: input.days ?? 0, startDate: input.startDate, endDate: input.endDate };
    assertPlausible(claim, ctx.records);
    const pk = await createOnce(ctx, 'createTrainingRecord', input, async (em) => {
      const cadre = await reference(em, CadreEntity, 'Cadre', input.cadreId, 'input.cadreId');
      const trainingClass = await optionalReference(em, TrainingClassEntity, 'TrainingClass', input.classId, 'input.classId');
      const course = await optionalReference(em, CourseEntity, 'Course', input.courseId, 'input.courseId');
      const platform = await optionalReference(em, PlatformEntity, 'Platform', input.platformId, 'input.platformId');
      if (platform && input.externalId != null) await assertExternalIdFree(em, platform, input.externalId);
      const record = em.create(TrainingRecordEntity, {
        cadre,
        mode: input.mode,
        title: input.title,
        hours: String(input.hours),
        creditedHours: String(input.creditedHours ?? input.hours),
        days: String(input.days ?? 0),
        startDate: input.startDate,
        endDate: input.endDate,
        trainingClass: trainingClass ?? null,
        course: course ?? null,
        platform: platform ?? null,
        externalId: input.externalId ?? null,
        recordedBy: ctx.viewer.agency ?? null,
        verificationStatus: input.verificationStatus ?? VerificationStatus.VERIFIED,
      });
      auditWrite(em, record, { fields: Object.keys(input) });
      await em.flush();
      return record.id;
    });
    return { trainingRecord: await readBack<TrainingRecord>(ctx, TrainingRecordModel, pk) };
  }

  @Mutation(() => TrainingRecordPayload, { description: '修改培训记录 (update a training record; a stale version is a CONFLICT)' })
  async updateTrainingRecord(@Arg('input', () => UpdateTrainingRecordInput, { description: '修改培训记录输入 (the changes, with the version you last read)' }) input: UpdateTrainingRecordInput, @Ctx() ctx: Context): Promise<TrainingRecordPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const record = await loadForUpdate(em, TrainingRecordEntity, 'TrainingRecord', input.id, input.version);
      const creditedFollowsHours = Number(record.creditedHours) === Number(record.hours) && input.creditedHours === undefined;
      const changed = assignDefined(record, input, SCALARS, ['externalId']);
      assignDecimal(record, 'hours', input.hours, changed);
      assignDecimal(record, 'creditedHours', creditedFollowsHours ? input.hours : input.creditedHours, changed);
      assignDecimal(record, 'days', input.days, changed);
      checkDateRange(record.startDate, record.endDate, input.endDate !== undefined ? 'input.endDate' : 'input.startDate');
      assertPlausible(claimOf(record), ctx.records, input);

      if (input.cadreId != null) {
        record.cadre = await reference(em, CadreEntity, 'Cadre', input.cadreId, 'input.cadreId');
        changed.push('cadre');
      }
      const trainingClass = await optionalReference(em, TrainingClassEntity, 'TrainingClass', input.classId, 'input.classId');
      if (trainingClass !== undefined) {
        record.trainingClass = trainingClass;
        changed.push('trainingClass');
      }
      const course = await optionalReference(em, CourseEntity, 'Course', input.courseId, 'input.courseId');
      if (course !== undefined) {
        record.course = course;
        changed.push('course');
      }
      const platform = await optionalReference(em, PlatformEntity, 'Platform', input.platformId, 'input.platformId');
      if (platform !== undefined) {
        record.platform = platform;
        changed.push('platform');
      }
      if ((platform !== undefined || changed.includes('externalId')) && record.platform && record.externalId != null) {
        await assertExternalIdFree(em, record.platform, record.externalId, record.id);
      }
      auditWrite(em, record, { fields: changed });
      await em.flush();
      return record.id;
    });
    return { trainingRecord: await readBack<TrainingRecord>(ctx, TrainingRecordModel, pk) };
  }

  @Mutation(() => TrainingRecordPayload, { description: '归档培训记录 (archive a training record; it then leaves lists and hours)' })
  async archiveTrainingRecord(@Arg('input', () => ArchiveInput, { description: '归档输入 (record id and the version you last read)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<TrainingRecordPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TrainingRecordEntity, 'TrainingRecord', input.id, input.version);
    return { trainingRecord: await readBack<TrainingRecord>(ctx, TrainingRecordModel, pk) };
  }
}
