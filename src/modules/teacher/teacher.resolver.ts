import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError, ConflictError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, optionalReference, readBack, validateInput } from '../kit/mutation';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { Cadre } from '../cadre/cadre.type';
import { CadreModel } from '../cadre/cadre.loaders';
import { CadreEntity } from '../cadre/cadre.entity';
import { Course } from '../course/course.type';
import { CourseModel } from '../course/course.loaders';
import { Evaluation } from '../evaluation/evaluation.type';
import { EvaluationModel } from '../evaluation/evaluation.loaders';
import { TeacherEntity } from './teacher.entity';
import { TeacherSource } from './teacher.enums';
import { CreateTeacherInput, TeacherFilter, UpdateTeacherInput } from './teacher.inputs';
import { COURSES_OF_TEACHER, TeacherModel, TeacherPoolMembershipModel, averageScore, teacherFilter } from './teacher.loaders';
import { Teacher, TeacherPoolMembership } from './teacher.type';
import { createOnce } from '../kit/idempotency';

export const TeacherOrderBy = orderByEnum(TeacherModel, { NAME: '姓名' });
const TeacherConnection = connectionType(Teacher, 'Teacher', '师资');
const TeacherListArgs = listArgs(TeacherFilter, TeacherOrderBy, 'Teacher');

@ObjectType('TeacherPayload', { description: '师资写操作结果 (result of a teacher mutation)', simpleResolvers: true })
export class TeacherPayload {
  @Field(() => Teacher, { description: '师资 (the teacher as stored)' })
  teacher!: Teacher;
}

const SCALARS = ['name', 'kind', 'source', 'title', 'specialties', 'isRenowned', 'phone', 'email', 'biography'] as const;
const NULLABLE = ['title', 'phone', 'email', 'biography'];
const FIRST = { nullable: true, description: '最多条数 (at most; default and maximum 100)' } as const;

/** Teachers who are cadres themselves (领导干部上讲台, 基层干部) may point at their cadre record; no one else. */
const CADRE_SOURCES: readonly TeacherSource[] = [TeacherSource.LEADING_CADRE, TeacherSource.GRASSROOTS_CADRE];

async function checkCadreLink(em: EntityManager, source: TeacherSource, cadre: CadreEntity | null | undefined, selfPk: number | null, blame: string): Promise<void> {
  if (!cadre) return;
  if (!CADRE_SOURCES.includes(source)) {
    throw new BadInputError(`Only a teacher whose source is ${CADRE_SOURCES.join(' or ')} can be linked to a cadre.`, blame);
  }
  const others = await em.find(TeacherEntity, { cadre: cadre.id, archivedAt: null }, { fields: ['id'] });
  if (others.some((t) => t.id !== selfPk)) throw ConflictError.duplicate('A teacher linked to this cadre');
}

@Resolver(() => Teacher)
export class TeacherResolver {
  @Query(() => Teacher, { description: '按标识查询师资 (one teacher by id)' })
  teacher(@Arg('id', () => ID, { description: '师资标识 (teacher id)' }) id: string, @Ctx() ctx: Context): Promise<Teacher> {
    return ctx.read.one<Teacher>(TeacherModel, id);
  }

  @Query(() => TeacherConnection, { description: '师资列表 (the faculty pool, filtered and paginated)' })
  async teachers(@Args(() => TeacherListArgs) args: ListArgsShape<TeacherFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<Teacher>(TeacherModel, teacherFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Institution, { nullable: true, description: '所属机构 (home institution)' })
  institution(@Root() teacher: Teacher, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return teacher.institutionId === null ? null : ctx.read.loaders.with(info).byPk(InstitutionModel, teacher.institutionId);
  }

  @FieldResolver(() => Cadre, { nullable: true, description: '对应干部 (the cadre this teacher is, for 领导干部上讲台)' })
  cadre(@Root() teacher: Teacher, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return teacher.cadreId === null ? null : ctx.read.loaders.with(info).byPk(CadreModel, teacher.cadreId);
  }

  @FieldResolver(() => [Course], { description: '讲授课程 (courses this teacher teaches)' })
  courses(@Root() teacher: Teacher, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).linked(CourseModel, COURSES_OF_TEACHER, teacher.pk, nestedLimit(first));
  }

  @FieldResolver(() => [TeacherPoolMembership], { description: '优质师资库入库记录 (quality pool memberships)' })
  poolMemberships(@Root() teacher: Teacher, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(TeacherPoolMembershipModel, 'teacher_id', teacher.pk, nestedLimit(first));
  }

  @FieldResolver(() => [Evaluation], { description: '评估记录 (evaluations of this teacher)' })
  evaluations(@Root() teacher: Teacher, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(EvaluationModel, 'teacher_id', teacher.pk, nestedLimit(first));
  }

  @FieldResolver(() => Float, { nullable: true, description: '评估平均分 (average evaluation score, 0–100; null when never evaluated)' })
  averageScore(@Root() teacher: Teacher, @Ctx() ctx: Context) {
    return averageScore(ctx.read, teacher.pk);
  }

  @Mutation(() => TeacherPayload, { description: '新增师资 (create a teacher)' })
  async createTeacher(
    @Arg('input', () => CreateTeacherInput, { description: '师资 (the new teacher)' }) input: CreateTeacherInput,
    @Ctx() ctx: Context,
  ): Promise<TeacherPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createTeacher', input, async (em) => {
      const institution = (await optionalReference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId')) ?? null;
      const cadre = (await optionalReference(em, CadreEntity, 'Cadre', input.cadreId, 'input.cadreId')) ?? null;
      await checkCadreLink(em, input.source, cadre, null, 'input.cadreId');
      const teacher = em.create(TeacherEntity, {
        name: input.name,
        kind: input.kind,
        source: input.source,
        institution,
        title: input.title ?? null,
        specialties: input.specialties ?? [],
        isRenowned: input.isRenowned ?? false,
        cadre,
        phone: input.phone ?? null,
        email: input.email ?? null,
        biography: input.biography ?? null,
      });
      auditWrite(em, teacher, { fields: Object.keys(input) });
      await em.flush();
      return teacher.id;
    });
    return { teacher: await readBack<Teacher>(ctx, TeacherModel, pk) };
  }

  @Mutation(() => TeacherPayload, { description: '修改师资 (update a teacher; a stale version is a CONFLICT)' })
  async updateTeacher(
    @Arg('input', () => UpdateTeacherInput, { description: '修改内容 (the changes)' }) input: UpdateTeacherInput,
    @Ctx() ctx: Context,
  ): Promise<TeacherPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const teacher = await loadForUpdate(em, TeacherEntity, 'Teacher', input.id, input.version);
      // References and checks first: a teacher query while this one has pending changes would auto-flush it early.
      const institution = await optionalReference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const cadre = await optionalReference(em, CadreEntity, 'Cadre', input.cadreId, 'input.cadreId');
      const source = input.source ?? teacher.source;
      await checkCadreLink(em, source, cadre === undefined ? teacher.cadre : cadre, teacher.id, input.cadreId ? 'input.cadreId' : 'input.source');
      const changed = assignDefined(teacher, input, SCALARS, NULLABLE);
      if (institution !== undefined) {
        teacher.institution = institution;
        changed.push('institution');
      }
      if (cadre !== undefined) {
        teacher.cadre = cadre;
        changed.push('cadre');
      }
      auditWrite(em, teacher, { fields: changed });
      await em.flush();
      return teacher.id;
    });
    return { teacher: await readBack<Teacher>(ctx, TeacherModel, pk) };
  }

  @Mutation(() => TeacherPayload, { description: '归档师资 (archive a teacher)' })
  async archiveTeacher(
    @Arg('input', () => ArchiveInput, { description: '归档对象及版本 (id and version to archive)' }) input: ArchiveInput,
    @Ctx() ctx: Context,
  ): Promise<TeacherPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TeacherEntity, 'Teacher', input.id, input.version);
    return { teacher: await readBack<Teacher>(ctx, TeacherModel, pk) };
  }
}
