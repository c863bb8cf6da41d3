import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, bumpVersion, blameConstraint, inTransaction, loadForUpdate, readBack, reference, validateInput, reviveOrCreate } from '../kit/mutation';
import { Cadre } from '../cadre/cadre.type';
import { CadreModel } from '../cadre/cadre.loaders';
import { CadreEntity } from '../cadre/cadre.entity';
import { TrainingClass } from '../training-class/training-class.type';
import { TrainingClassModel } from '../training-class/training-class.loaders';
import { TrainingClassEntity } from '../training-class/training-class.entity';
import { TrainingAssignmentEntity } from './assignment.entity';
import { AssignmentStatus } from './assignment.enums';
import { CreateTrainingAssignmentInput, TrainingAssignmentFilter, TransitionTrainingAssignmentInput, UpdateTrainingAssignmentInput } from './assignment.inputs';
import { assertSeatFree, syncAttendanceRecord } from './assignment.service';
import { SEAT_HOLDING, nextStatus } from './assignment-workflow';
import { TrainingRecord } from '../training-record/training-record.type';
import { TrainingRecordModel } from '../training-record/training-record.loaders';
import { TrainingAssignmentModel, trainingAssignmentFilter } from './assignment.loaders';
import { TrainingAssignment } from './assignment.type';
import { createOnce } from '../kit/idempotency';

export const TrainingAssignmentOrderBy = orderByEnum(TrainingAssignmentModel, {});
const TrainingAssignmentConnection = connectionType(TrainingAssignment, 'TrainingAssignment', '调训');
const TrainingAssignmentListArgs = listArgs(TrainingAssignmentFilter, TrainingAssignmentOrderBy, 'TrainingAssignment');
blameConstraint('training_assignment_cadre_id_class_id_unique', 'input.classId');

@ObjectType('TrainingAssignmentPayload', { description: '调训写操作结果 (result of a training assignment mutation)', simpleResolvers: true })
class TrainingAssignmentPayload {
  @Field(() => TrainingAssignment, { description: '调训 (the assignment as stored)' })
  trainingAssignment!: TrainingAssignment;

  @Field(() => TrainingRecord, { nullable: true, description: '参训生成的培训记录 (the training record its attendance created; null otherwise)' })
  trainingRecord?: TrainingRecord | null;
}

@Resolver(() => TrainingAssignment)
export class TrainingAssignmentResolver {
  @Query(() => TrainingAssignment, { description: '按标识查询调训 (one training assignment by id)' })
  trainingAssignment(@Arg('id', () => ID, { description: '调训标识 (assignment id)' }) id: string, @Ctx() ctx: Context): Promise<TrainingAssignment> {
    return ctx.read.one<TrainingAssignment>(TrainingAssignmentModel, id);
  }

  @Query(() => TrainingAssignmentConnection, { description: '调训列表 (training assignments, filtered and paginated)' })
  trainingAssignments(@Args(() => TrainingAssignmentListArgs) args: ListArgsShape<TrainingAssignmentFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.list<TrainingAssignment>(TrainingAssignmentModel, trainingAssignmentFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Cadre, { description: '调训干部 (the cadre assigned)' })
  cadre(@Root() assignment: TrainingAssignment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(CadreModel, assignment.cadreId);
  }

  @FieldResolver(() => TrainingClass, { description: '调训班次 (the class assigned to)' })
  trainingClass(@Root() assignment: TrainingAssignment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(TrainingClassModel, assignment.classId);
  }

  @Mutation(() => TrainingAssignmentPayload, {
    description: '点名调训 (nominate a cadre for a class; a cadre already nominated for the class is a CONFLICT, an archived nomination is renewed)',
  })
  async createTrainingAssignment(@Arg('input', () => CreateTrainingAssignmentInput, { description: '干部及班次 (the cadre and the class)' }) input: CreateTrainingAssignmentInput, @Ctx() ctx: Context): Promise<TrainingAssignmentPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createTrainingAssignment', input, async (em) => {
      const cadre = await reference(em, CadreEntity, 'Cadre', input.cadreId, 'input.cadreId');
      if (cadre.archivedAt) throw BadInputError.invalid('input.cadreId', 'the cadre is archived');
      const trainingClass = await reference(em, TrainingClassEntity, 'TrainingClass', input.classId, 'input.classId');
      if (trainingClass.archivedAt) throw BadInputError.invalid('input.classId', 'the class is archived');
      // The (cadre, class) pair is unique even among archived rows: a withdrawn nomination is renewed.
      const assignment = await reviveOrCreate(
        em,
        TrainingAssignmentEntity,
        { cadre, trainingClass },
        'A training assignment of this cadre to this class',
        async (a) => {
          await assertSeatFree(em, trainingClass.id, trainingClass.capacity, 'input.classId');
          Object.assign(a, { status: AssignmentStatus.NOMINATED, decidedBy: null, decidedAt: null, note: input.note ?? null });
        },
        async () => {
          await assertSeatFree(em, trainingClass.id, trainingClass.capacity, 'input.classId');
          return em.create(TrainingAssignmentEntity, { cadre, trainingClass, status: AssignmentStatus.NOMINATED, note: input.note ?? null });
        },
      );
      // A revived nomination is an update of its archived row, and still a CREATE in the log.
      auditWrite(em, assignment, { action: 'CREATE', fields: Object.keys(input) });
      await em.flush();
      return assignment.id;
    });
    return { trainingAssignment: await readBack<TrainingAssignment>(ctx, TrainingAssignmentModel, pk) };
  }

  @Mutation(() => TrainingAssignmentPayload, { description: '修改调训备注 (update a training assignment\'s note; a stale version is a CONFLICT)' })
  async updateTrainingAssignment(@Arg('input', () => UpdateTrainingAssignmentInput, { description: '调训标识、版本及备注 (assignment id, version and note)' }) input: UpdateTrainingAssignmentInput, @Ctx() ctx: Context): Promise<TrainingAssignmentPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const assignment = await loadForUpdate(em, TrainingAssignmentEntity, 'TrainingAssignment', input.id, input.version);
      const changed = assignDefined(assignment, input, ['note'], ['note']);
      auditWrite(em, assignment, { fields: changed });
      await em.flush();
      return assignment.id;
    });
    return { trainingAssignment: await readBack<TrainingAssignment>(ctx, TrainingAssignmentModel, pk) };
  }

  @Mutation(() => TrainingAssignmentPayload, {
    description:
      '调训流程操作 (approve, file, mark attended or absent, require make-up, exempt, undo. Every accepted action is taken at the version you send and returns a new version, ' +
      'also when the status stays the same (marking an attended assignment attended again); a stale version or an illegal transition is a CONFLICT, so of concurrent calls ' +
      'holding one version at most one succeeds. The training record follows the resulting status: an ATTENDED assignment has exactly one, credited from the class hours; any other status has none)',
  })
  async transitionTrainingAssignment(
    @Arg('input', () => TransitionTrainingAssignmentInput, { description: '调训标识、版本及操作 (assignment id, version and action)' }) input: TransitionTrainingAssignmentInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingAssignmentPayload> {
    await validateInput(input);
    const { pk, recordPk } = await inTransaction(ctx, async (em) => {
      // Locked and version-checked before anything is decided, and always a new version after:
      // of several callers holding one version exactly one acts, even when its action changes
      // no status (MARK_ATTENDED on an attended assignment).
      const assignment = await loadForUpdate(em, TrainingAssignmentEntity, 'TrainingAssignment', input.id, input.version);
      bumpVersion(assignment);
      const from = assignment.status;
      const to = nextStatus(from, input.action);
      const trainingClass = await em.findOneOrFail(TrainingClassEntity, { id: assignment.trainingClass.id });
      if (SEAT_HOLDING.includes(to) && !SEAT_HOLDING.includes(from)) await assertSeatFree(em, trainingClass.id, trainingClass.capacity, 'input.action');
      const changed: string[] = [];
      if (to !== from) {
        assignment.status = to;
        assignment.decidedBy = ctx.viewer.subject;
        assignment.decidedAt = new Date();
        changed.push('status', 'decidedBy', 'decidedAt');
      }
      if (input.note !== undefined && input.note !== assignment.note) {
        assignment.note = input.note ?? null;
        changed.push('note');
      }
      // Side effects follow the final status, not the action that was asked for.
      const recordPk = await syncAttendanceRecord(em, ctx, assignment, trainingClass);
      auditWrite(em, assignment, { action: input.action, fields: changed });
      await em.flush();
      return { pk: assignment.id, recordPk };
    });
    return {
      trainingAssignment: await readBack<TrainingAssignment>(ctx, TrainingAssignmentModel, pk),
      // Read after commit: an action the next caller took meanwhile (an undo) may have removed it already.
      trainingRecord: recordPk === null ? null : await ctx.read.loaders.byPk<TrainingRecord>(TrainingRecordModel, recordPk),
    };
  }

  @Mutation(() => TrainingAssignmentPayload, { description: '归档调训 (archive a training assignment, e.g. a withdrawn nomination)' })
  async archiveTrainingAssignment(@Arg('input', () => ArchiveInput, { description: '调训标识及版本 (assignment id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<TrainingAssignmentPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TrainingAssignmentEntity, 'TrainingAssignment', input.id, input.version);
    return { trainingAssignment: await readBack<TrainingAssignment>(ctx, TrainingAssignmentModel, pk) };
  }
}
