import { todayInChina } from '../../core/dates';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { ConflictError, ErrorCode } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, optionalReference, readBack, reference, validateInput } from '../kit/mutation';
import { Region } from '../region/region.type';
import { RegionModel } from '../region/region.loaders';
import { RegionEntity } from '../region/region.entity';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { Course } from '../course/course.type';
import { CourseModel } from '../course/course.loaders';
import { ReviewStatus } from '../course/course.enums';
import { applyReviewAction } from '../course/review-workflow';
import { TeachingCaseEntity } from './teaching-case.entity';
import { CreateTeachingCaseInput, ReviewTeachingCaseInput, TeachingCaseFilter, UpdateTeachingCaseInput } from './teaching-case.inputs';
import { CASE_COLLECTIONS, CASE_COURSES, CaseAwardModel, CaseCollectionModel, TeachingCaseModel, teachingCaseFilter } from './teaching-case.loaders';
import { CaseAward, CaseCollection, TeachingCase } from './teaching-case.type';
import { createOnce } from '../kit/idempotency';

export const TeachingCaseOrderBy = orderByEnum(TeachingCaseModel, { YEAR: '年度', TITLE: '标题' });
const TeachingCaseConnection = connectionType(TeachingCase, 'TeachingCase', '案例');
const TeachingCaseListArgs = listArgs(TeachingCaseFilter, TeachingCaseOrderBy, 'TeachingCase');

@ObjectType('TeachingCasePayload', { description: '案例写操作结果 (result of a teaching case mutation)', simpleResolvers: true })
export class TeachingCasePayload {
  @Field(() => TeachingCase, { description: '案例 (the case as stored)' })
  teachingCase!: TeachingCase;
}

const SCALARS = ['title', 'themes', 'summary', 'body', 'authors', 'year'] as const;

@Resolver(() => TeachingCase)
export class TeachingCaseResolver {
  @Query(() => TeachingCase, { description: '按标识查询案例 (one teaching case by id)' })
  teachingCase(@Arg('id', () => ID, { description: '案例标识 (case id)' }) id: string, @Ctx() ctx: Context): Promise<TeachingCase> {
    return ctx.read.one<TeachingCase>(TeachingCaseModel, id);
  }

  @Query(() => TeachingCaseConnection, { description: '案例列表 (teaching cases, filtered and paginated; keyword search works for Chinese text)' })
  async teachingCases(@Args(() => TeachingCaseListArgs) args: ListArgsShape<TeachingCaseFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<TeachingCase>(TeachingCaseModel, teachingCaseFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Region, { nullable: true, description: '案例所在行政区划 (region the case is about)' })
  region(@Root() tc: TeachingCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return tc.regionId === null ? null : ctx.read.loaders.with(info).byPk(RegionModel, tc.regionId);
  }

  @FieldResolver(() => Institution, { description: '来源机构 (source institution)' })
  institution(@Root() tc: TeachingCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(InstitutionModel, tc.institutionId);
  }

  @FieldResolver(() => [Course], { description: '使用本案例的课程 (courses that use this case)' })
  courses(@Root() tc: TeachingCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).linked(CourseModel, CASE_COURSES, tc.pk, nestedLimit(first));
  }

  @FieldResolver(() => [CaseCollection], { description: '收录本案例的案例汇编 (collections that include this case)' })
  collections(@Root() tc: TeachingCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).linked(CaseCollectionModel, CASE_COLLECTIONS, tc.pk, nestedLimit(first));
  }

  @FieldResolver(() => [CaseAward], { description: '获奖情况 (awards won, e.g. 精品案例)' })
  awards(@Root() tc: TeachingCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(CaseAwardModel, 'case_id', tc.pk, nestedLimit(first));
  }

  @Mutation(() => TeachingCasePayload, { description: '新增案例 (create a teaching case as a draft, 制作中)' })
  async createTeachingCase(@Arg('input', () => CreateTeachingCaseInput, { description: '案例内容 (the new case)' }) input: CreateTeachingCaseInput, @Ctx() ctx: Context): Promise<TeachingCasePayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createTeachingCase', input, async (em) => {
      const institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const region = input.regionId ? await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId') : null;
      const tc = em.create(TeachingCaseEntity, {
        title: input.title,
        themes: input.themes ?? [],
        summary: input.summary,
        body: input.body,
        region,
        institution,
        authors: input.authors ?? [],
        year: input.year,
        status: ReviewStatus.DRAFT,
      });
      auditWrite(em, tc, { fields: Object.keys(input) });
      await em.flush();
      return tc.id;
    });
    return { teachingCase: await readBack<TeachingCase>(ctx, TeachingCaseModel, pk) };
  }

  @Mutation(() => TeachingCasePayload, {
    description: '修改案例 (update a draft case; a stale version, or a case not in DRAFT, is a CONFLICT — revise a published case first)',
  })
  async updateTeachingCase(@Arg('input', () => UpdateTeachingCaseInput, { description: '案例标识、版本及修改内容 (case id, version and the changes)' }) input: UpdateTeachingCaseInput, @Ctx() ctx: Context): Promise<TeachingCasePayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const tc = await loadForUpdate(em, TeachingCaseEntity, 'TeachingCase', input.id, input.version);
      // What a reviewer approved is what gets published: content changes only while drafting.
      if (tc.status !== ReviewStatus.DRAFT) {
        throw new ConflictError(`TeachingCase in status ${tc.status} cannot be edited; send it back to DRAFT first (REJECT or REVISE).`, ErrorCode.CONFLICT, {
          from: tc.status,
        });
      }
      const changed = assignDefined(tc, input, SCALARS);
      const region = await optionalReference(em, RegionEntity, 'Region', input.regionId, 'input.regionId');
      if (region !== undefined) {
        tc.region = region;
        changed.push('region');
      }
      if (input.institutionId != null) {
        tc.institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
        changed.push('institution');
      }
      auditWrite(em, tc, { fields: changed });
      await em.flush();
      return tc.id;
    });
    return { teachingCase: await readBack<TeachingCase>(ctx, TeachingCaseModel, pk) };
  }

  @Mutation(() => TeachingCasePayload, {
    description: '案例审核 (apply a review action: SUBMIT, APPROVE, REJECT, PUBLISH, RETIRE, REVISE; an action not allowed from the current status is a CONFLICT)',
  })
  async reviewTeachingCase(@Arg('input', () => ReviewTeachingCaseInput, { description: '案例标识、版本及审核操作 (case id, version and the review action)' }) input: ReviewTeachingCaseInput, @Ctx() ctx: Context): Promise<TeachingCasePayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const tc = await loadForUpdate(em, TeachingCaseEntity, 'TeachingCase', input.id, input.version);
      const before = { firstPublishedAt: tc.firstPublishedAt ?? null, lastRevisedAt: tc.lastRevisedAt ?? null };
      applyReviewAction('TeachingCase', tc, input.action, todayInChina());
      const changed = ['status', ...(['firstPublishedAt', 'lastRevisedAt'] as const).filter((k) => (tc[k] ?? null) !== before[k])];
      auditWrite(em, tc, { action: `REVIEW_${input.action}`, fields: changed });
      await em.flush();
      return tc.id;
    });
    return { teachingCase: await readBack<TeachingCase>(ctx, TeachingCaseModel, pk) };
  }

  @Mutation(() => TeachingCasePayload, { description: '归档案例 (archive a teaching case)' })
  async archiveTeachingCase(@Arg('input', () => ArchiveInput, { description: '案例标识及版本 (case id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<TeachingCasePayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TeachingCaseEntity, 'TeachingCase', input.id, input.version);
    return { teachingCase: await readBack<TeachingCase>(ctx, TeachingCaseModel, pk) };
  }
}
