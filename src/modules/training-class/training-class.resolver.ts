import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, checkDateRange, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { TrainingAssignment } from '../assignment/assignment.type';
import { TrainingAssignmentModel } from '../assignment/assignment.loaders';
import { ClassQuotaEntity, ClassSessionEntity, TrainingClassEntity } from './training-class.entity';
import { CreateTrainingClassInput, TrainingClassFilter, UpdateTrainingClassInput } from './training-class.inputs';
import { ClassQuotaModel, ClassSessionModel, SESSION_ORDER, TrainingClassModel, trainingClassFilter } from './training-class.loaders';
import { ClassQuota, ClassSession, TrainingClass } from './training-class.type';
import { createOnce } from '../kit/idempotency';

export const TrainingClassOrderBy = orderByEnum(TrainingClassModel, { START_DATE: '开班日期', NAME: '班次名称' });
const TrainingClassConnection = connectionType(TrainingClass, 'TrainingClass', '班次');
const TrainingClassListArgs = listArgs(TrainingClassFilter, TrainingClassOrderBy, 'TrainingClass');

@ObjectType('TrainingClassPayload', { description: '班次写操作结果 (result of a training class mutation)', simpleResolvers: true })
export class TrainingClassPayload {
  @Field(() => TrainingClass, { description: '班次 (the class as stored)' })
  trainingClass!: TrainingClass;
}

const SCALARS = ['name', 'kind', 'semester', 'startDate', 'endDate', 'days', 'capacity'] as const;
const DAY_MS = 86_400_000;

/** Calendar days from start to end, both included (`2025-03-03`…`2025-03-07` is 5). */
function calendarDays(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS + 1;
}

/** Seats of a class already allocated to units (名额分配). */
export async function allocatedSeats(em: EntityManager, cls: TrainingClassEntity, exceptUnitId?: number): Promise<number> {
  const quotas = await em.find(ClassQuotaEntity, { trainingClass: cls });
  return quotas.filter((q) => q.unit.id !== exceptUnitId).reduce((sum, q) => sum + q.seats, 0);
}

@Resolver(() => TrainingClass)
export class TrainingClassResolver {
  @Query(() => TrainingClass, { description: '按标识查询班次 (one training class by id)' })
  trainingClass(@Arg('id', () => ID, { description: '班次标识 (training class id)' }) id: string, @Ctx() ctx: Context): Promise<TrainingClass> {
    return ctx.read.one<TrainingClass>(TrainingClassModel, id);
  }

  @Query(() => TrainingClassConnection, { description: '班次列表 (training classes, filtered and paginated)' })
  async trainingClasses(@Args(() => TrainingClassListArgs) args: ListArgsShape<TrainingClassFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<TrainingClass>(TrainingClassModel, trainingClassFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Institution, { description: '举办机构 (the institution running the class)' })
  institution(@Root() cls: TrainingClass, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(InstitutionModel, cls.institutionId);
  }

  @FieldResolver(() => [ClassSession], { description: '课表 (the timetable: sessions in date order)' })
  sessions(@Root() cls: TrainingClass, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(ClassSessionModel, 'class_id', cls.pk, nestedLimit(first), SESSION_ORDER);
  }

  @FieldResolver(() => [ClassQuota], { description: '名额分配 (seats allocated to units)' })
  quotas(@Root() cls: TrainingClass, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(ClassQuotaModel, 'class_id', cls.pk, nestedLimit(first));
  }

  @FieldResolver(() => [TrainingAssignment], { description: '调训学员 (enrollments: the training assignments to this class, in nomination order)' })
  enrollments(@Root() cls: TrainingClass, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(TrainingAssignmentModel, 'class_id', cls.pk, nestedLimit(first));
  }

  @FieldResolver(() => Int, { description: '调训人数 (number of enrollments, i.e. live training assignments to this class)' })
  enrolledCount(@Root() cls: TrainingClass, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).count(TrainingAssignmentModel, 'class_id', cls.pk);
  }

  @Mutation(() => TrainingClassPayload, { description: '新增班次 (create a training class)' })
  async createTrainingClass(@Arg('input', () => CreateTrainingClassInput, { description: '班次内容 (the new class)' }) input: CreateTrainingClassInput, @Ctx() ctx: Context): Promise<TrainingClassPayload> {
    await validateInput(input);
    checkDateRange(input.startDate, input.endDate, 'input.endDate');
    const pk = await createOnce(ctx, 'createTrainingClass', input, async (em) => {
      const institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const cls = em.create(TrainingClassEntity, {
        institution,
        name: input.name,
        kind: input.kind,
        semester: input.semester,
        startDate: input.startDate,
        endDate: input.endDate,
        days: (input.days ?? calendarDays(input.startDate, input.endDate)).toFixed(1),
        capacity: input.capacity,
      });
      auditWrite(em, cls, { fields: Object.keys(input) });
      await em.flush();
      return cls.id;
    });
    return { trainingClass: await readBack<TrainingClass>(ctx, TrainingClassModel, pk) };
  }

  @Mutation(() => TrainingClassPayload, { description: '修改班次 (update a training class; a stale version is a CONFLICT)' })
  async updateTrainingClass(@Arg('input', () => UpdateTrainingClassInput, { description: '班次标识、版本及修改内容 (class id, version and the changes)' }) input: UpdateTrainingClassInput, @Ctx() ctx: Context): Promise<TrainingClassPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const cls = await loadForUpdate(em, TrainingClassEntity, 'TrainingClass', input.id, input.version);
      const changed = assignDefined(cls, input, SCALARS);
      if (input.days != null) cls.days = input.days.toFixed(1);
      // The end date is blamed unless only the start moved past it.
      checkDateRange(cls.startDate, cls.endDate, input.endDate == null ? 'input.startDate' : 'input.endDate');
      if (input.startDate != null || input.endDate != null) {
        const before = await em.count(ClassSessionEntity, { trainingClass: cls, archivedAt: null, date: { $lt: cls.startDate } });
        if (before) throw new BadInputError(`${before} session(s) of this class fall before the new start date; move them first.`, 'input.startDate');
        const after = await em.count(ClassSessionEntity, { trainingClass: cls, archivedAt: null, date: { $gt: cls.endDate } });
        if (after) throw new BadInputError(`${after} session(s) of this class fall after the new end date; move them first.`, 'input.endDate');
      }
      if (input.capacity != null) {
        const allocated = await allocatedSeats(em, cls);
        if (input.capacity < allocated) throw new BadInputError(`${allocated} seats are already allocated to units; the capacity cannot be lower.`, 'input.capacity');
      }
      if (input.institutionId != null) {
        cls.institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
        changed.push('institution');
      }
      auditWrite(em, cls, { fields: changed });
      await em.flush();
      return cls.id;
    });
    return { trainingClass: await readBack<TrainingClass>(ctx, TrainingClassModel, pk) };
  }

  @Mutation(() => TrainingClassPayload, { description: '归档班次 (archive a training class)' })
  async archiveTrainingClass(@Arg('input', () => ArchiveInput, { description: '班次标识及版本 (class id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<TrainingClassPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TrainingClassEntity, 'TrainingClass', input.id, input.version);
    return { trainingClass: await readBack<TrainingClass>(ctx, TrainingClassModel, pk) };
  }
}
