import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, blameConstraint, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { Course } from '../course/course.type';
import { CourseModel } from '../course/course.loaders';
import { CourseEntity } from '../course/course.entity';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { OnsiteTeachingSite } from '../onsite-site/onsite-site.type';
import { OnsiteTeachingSiteModel } from '../onsite-site/onsite-site.loaders';
import { OnsiteTeachingSiteEntity } from '../onsite-site/onsite-site.entity';
import { Teacher } from '../teacher/teacher.type';
import { TeacherModel } from '../teacher/teacher.loaders';
import { TeacherEntity } from '../teacher/teacher.entity';
import { TrainingClass } from '../training-class/training-class.type';
import { TrainingClassModel } from '../training-class/training-class.loaders';
import { TrainingClassEntity } from '../training-class/training-class.entity';
import { EvaluationEntity } from './evaluation.entity';
import { EvaluationTargetKind } from './evaluation.enums';
import { CreateEvaluationInput, EvaluationFilter, UpdateEvaluationInput } from './evaluation.inputs';
import { EvaluationModel, evaluationFilter } from './evaluation.loaders';
import { Evaluation } from './evaluation.type';
import { createOnce } from '../kit/idempotency';

export const EvaluationOrderBy = orderByEnum(EvaluationModel, { SCORE: '评分', PERIOD: '评估期间' });
const EvaluationConnection = connectionType(Evaluation, 'Evaluation', '评估');
const EvaluationListArgs = listArgs(EvaluationFilter, EvaluationOrderBy, 'Evaluation');
blameConstraint('evaluation_score_check', 'input.score');
blameConstraint('evaluation_target_check', 'input.targetId');

@ObjectType('EvaluationPayload', { description: '评估写操作结果 (result of an evaluation mutation)', simpleResolvers: true })
class EvaluationPayload {
  @Field(() => Evaluation, { description: '评估 (the evaluation as stored)' })
  evaluation!: Evaluation;
}

const SCALARS = ['kind', 'evaluator', 'period', 'comments'] as const;

type TargetColumns = Pick<EvaluationEntity, 'course' | 'teacher' | 'trainingClass' | 'institution' | 'site'>;

/** The one target column `targetKind` names, loaded from `targetId` (an id of another type is bad input at input.targetId). */
async function resolveTarget(em: EntityManager, kind: EvaluationTargetKind, gid: string): Promise<Partial<TargetColumns>> {
  const path = 'input.targetId';
  switch (kind) {
    case EvaluationTargetKind.COURSE:
      return { course: await reference(em, CourseEntity, 'Course', gid, path) };
    case EvaluationTargetKind.TEACHER:
      return { teacher: await reference(em, TeacherEntity, 'Teacher', gid, path) };
    case EvaluationTargetKind.CLASS:
      return { trainingClass: await reference(em, TrainingClassEntity, 'TrainingClass', gid, path) };
    case EvaluationTargetKind.INSTITUTION:
      return { institution: await reference(em, InstitutionEntity, 'Institution', gid, path) };
    case EvaluationTargetKind.SITE:
      return { site: await reference(em, OnsiteTeachingSiteEntity, 'OnsiteTeachingSite', gid, path) };
    default: {
      const unreachable: never = kind;
      throw new BadInputError(`Unknown target kind ${String(unreachable)}.`, 'input.targetKind');
    }
  }
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => Evaluation, { description: '按标识查询评估 (one evaluation by id)' })
  evaluation(@Arg('id', () => ID, { description: '评估标识 (evaluation id)' }) id: string, @Ctx() ctx: Context): Promise<Evaluation> {
    return ctx.read.one<Evaluation>(EvaluationModel, id);
  }

  @Query(() => EvaluationConnection, { description: '评估列表 (evaluations, filtered and paginated)' })
  evaluations(@Args(() => EvaluationListArgs) args: ListArgsShape<EvaluationFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.list<Evaluation>(EvaluationModel, evaluationFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Course, { nullable: true, description: '被评课程 (the course evaluated, when targetKind is COURSE)' })
  course(@Root() evaluation: Evaluation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return evaluation.courseId === null ? null : ctx.read.loaders.with(info).byPk(CourseModel, evaluation.courseId);
  }

  @FieldResolver(() => Teacher, { nullable: true, description: '被评师资 (the teacher evaluated, when targetKind is TEACHER)' })
  teacher(@Root() evaluation: Evaluation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return evaluation.teacherId === null ? null : ctx.read.loaders.with(info).byPk(TeacherModel, evaluation.teacherId);
  }

  @FieldResolver(() => TrainingClass, { nullable: true, description: '被评班次 (the training class evaluated, when targetKind is CLASS)' })
  trainingClass(@Root() evaluation: Evaluation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return evaluation.classId === null ? null : ctx.read.loaders.with(info).byPk(TrainingClassModel, evaluation.classId);
  }

  @FieldResolver(() => Institution, { nullable: true, description: '被评培训机构 (the institution evaluated, when targetKind is INSTITUTION)' })
  institution(@Root() evaluation: Evaluation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return evaluation.institutionId === null ? null : ctx.read.loaders.with(info).byPk(InstitutionModel, evaluation.institutionId);
  }

  @FieldResolver(() => OnsiteTeachingSite, { nullable: true, description: '被评现场教学点 (the onsite teaching site evaluated, when targetKind is SITE)' })
  site(@Root() evaluation: Evaluation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return evaluation.siteId === null ? null : ctx.read.loaders.with(info).byPk(OnsiteTeachingSiteModel, evaluation.siteId);
  }

  @Mutation(() => EvaluationPayload, { description: '新增评估 (create an evaluation; targetId must match targetKind)' })
  async createEvaluation(@Arg('input', () => CreateEvaluationInput, { description: '新增评估输入 (the evaluation to create)' }) input: CreateEvaluationInput, @Ctx() ctx: Context): Promise<EvaluationPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createEvaluation', input, async (em) => {
      const target = await resolveTarget(em, input.targetKind, input.targetId);
      const evaluation = em.create(EvaluationEntity, {
        targetKind: input.targetKind,
        course: null,
        teacher: null,
        trainingClass: null,
        institution: null,
        site: null,
        ...target,
        kind: input.kind,
        score: String(input.score),
        comments: input.comments ?? null,
        evaluator: input.evaluator,
        period: input.period,
      });
      auditWrite(em, evaluation, { fields: Object.keys(input) });
      await em.flush();
      return evaluation.id;
    });
    return { evaluation: await readBack<Evaluation>(ctx, EvaluationModel, pk) };
  }

  @Mutation(() => EvaluationPayload, { description: '修改评估 (update an evaluation; a stale version is a CONFLICT)' })
  async updateEvaluation(@Arg('input', () => UpdateEvaluationInput, { description: '修改评估输入 (the changes, with the version you last read)' }) input: UpdateEvaluationInput, @Ctx() ctx: Context): Promise<EvaluationPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const evaluation = await loadForUpdate(em, EvaluationEntity, 'Evaluation', input.id, input.version);
      const changed = assignDefined(evaluation, input, SCALARS, ['comments']);
      if (input.score === null) throw new BadInputError('input.score cannot be null; leave it out to keep the current value.', 'input.score');
      if (input.score !== undefined) {
        if (Number(evaluation.score) !== input.score) changed.push('score');
        evaluation.score = String(input.score);
      }
      auditWrite(em, evaluation, { fields: changed });
      await em.flush();
      return evaluation.id;
    });
    return { evaluation: await readBack<Evaluation>(ctx, EvaluationModel, pk) };
  }

  @Mutation(() => EvaluationPayload, { description: '归档评估 (archive an evaluation)' })
  async archiveEvaluation(@Arg('input', () => ArchiveInput, { description: '归档输入 (evaluation id and the version you last read)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<EvaluationPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, EvaluationEntity, 'Evaluation', input.id, input.version);
    return { evaluation: await readBack<Evaluation>(ctx, EvaluationModel, pk) };
  }
}
