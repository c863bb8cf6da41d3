import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import {
  archiveRecord,
  assignDefined,
  auditWrite,
  blameConstraint,
  inTransaction,
  loadForUpdate,
  optionalReference,
  readBack,
  reference,
  validateInput,
} from '../kit/mutation';
import { Region } from '../region/region.type';
import { RegionModel } from '../region/region.loaders';
import { RegionEntity } from '../region/region.entity';
import { Teacher } from '../teacher/teacher.type';
import { TeacherModel } from '../teacher/teacher.loaders';
import { Course } from '../course/course.type';
import { CourseModel } from '../course/course.loaders';
import { TrainingClass } from '../training-class/training-class.type';
import { TrainingClassModel } from '../training-class/training-class.loaders';
import { InstitutionEntity } from './institution.entity';
import { InstitutionLevel } from './institution.enums';
import { CreateInstitutionInput, InstitutionFilter, UpdateInstitutionInput } from './institution.inputs';
import { InstitutionModel, institutionFilter } from './institution.loaders';
import { Institution } from './institution.type';
import { createOnce } from '../kit/idempotency';

export const InstitutionOrderBy = orderByEnum(InstitutionModel, { NAME: '名称' });
const InstitutionConnection = connectionType(Institution, 'Institution', '培训机构');
const InstitutionListArgs = listArgs(InstitutionFilter, InstitutionOrderBy, 'Institution');
blameConstraint('institution_category_only_county', 'input.countyCategory');

@ObjectType('InstitutionPayload', { description: '培训机构写操作结果 (result of an institution mutation)', simpleResolvers: true })
class InstitutionPayload {
  @Field(() => Institution, { description: '培训机构 (the institution as stored)' })
  institution!: Institution;
}

const SCALARS = ['name', 'shortName', 'kind', 'level', 'countyCategory'] as const;
const FIRST = { nullable: true, description: '最多条数 (at most; default and maximum 100)' } as const;

/** 县级党校分类 applies to county schools only (the table's CHECK says the same; this names the field). */
function checkCountyCategory(level: InstitutionLevel, category: string | null | undefined, blame: string): void {
  if (category && level !== InstitutionLevel.COUNTY) {
    throw new BadInputError(`A county school category is allowed only when the level is ${InstitutionLevel.COUNTY}.`, blame);
  }
}

/** The supervision chain must not loop back: an institution cannot be guided by itself or by one it guides. */
async function checkSupervisionChain(em: EntityManager, self: InstitutionEntity, supervisor: InstitutionEntity): Promise<void> {
  const seen = new Set<number>();
  let current: InstitutionEntity | null = supervisor;
  while (current && !seen.has(current.id)) {
    if (current.id === self.id) throw new BadInputError('An institution cannot be supervised by itself or by an institution it supervises.', 'input.supervisorId');
    seen.add(current.id);
    current = current.supervisor ? await em.findOne(InstitutionEntity, { id: current.supervisor.id }) : null;
  }
}

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { description: '按标识查询培训机构 (one institution by id)' })
  institution(@Arg('id', () => ID, { description: '培训机构标识 (institution id)' }) id: string, @Ctx() ctx: Context): Promise<Institution> {
    return ctx.read.one<Institution>(InstitutionModel, id);
  }

  @Query(() => InstitutionConnection, { description: '培训机构列表 (institutions, filtered and paginated)' })
  institutions(@Args(() => InstitutionListArgs) args: ListArgsShape<InstitutionFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.list<Institution>(InstitutionModel, institutionFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Region, { description: '所在行政区划 (region)' })
  region(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(RegionModel, institution.regionId);
  }

  @FieldResolver(() => Institution, { nullable: true, description: '上级指导机构 (supervising institution, 上级党校业务指导)' })
  supervisor(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return institution.supervisorId === null ? null : ctx.read.loaders.with(info).byPk(InstitutionModel, institution.supervisorId);
  }

  @FieldResolver(() => [Institution], { description: '指导的下级机构 (institutions this one supervises)' })
  subordinates(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(InstitutionModel, 'supervisor_id', institution.pk, nestedLimit(first));
  }

  @FieldResolver(() => [Teacher], { description: '本机构师资 (teachers whose home institution this is)' })
  teachers(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(TeacherModel, 'institution_id', institution.pk, nestedLimit(first));
  }

  @FieldResolver(() => [Course], { description: '本机构课程 (courses this institution owns)' })
  courses(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(CourseModel, 'institution_id', institution.pk, nestedLimit(first));
  }

  @FieldResolver(() => [TrainingClass], { description: '举办班次 (training classes this institution runs, by start date)' })
  classes(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(TrainingClassModel, 'institution_id', institution.pk, nestedLimit(first), 't.start_date, t.id');
  }

  @Mutation(() => InstitutionPayload, { description: '新增培训机构 (create an institution)' })
  async createInstitution(
    @Arg('input', () => CreateInstitutionInput, { description: '培训机构 (the new institution)' }) input: CreateInstitutionInput,
    @Ctx() ctx: Context,
  ): Promise<InstitutionPayload> {
    await validateInput(input);
    checkCountyCategory(input.level, input.countyCategory, 'input.countyCategory');
    const pk = await createOnce(ctx, 'createInstitution', input, async (em) => {
      const region = await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId');
      const supervisor = (await optionalReference(em, InstitutionEntity, 'Institution', input.supervisorId, 'input.supervisorId')) ?? null;
      const institution = em.create(InstitutionEntity, {
        name: input.name,
        shortName: input.shortName ?? null,
        kind: input.kind,
        level: input.level,
        region,
        countyCategory: input.countyCategory ?? null,
        supervisor,
      });
      auditWrite(em, institution, { fields: Object.keys(input) });
      await em.flush();
      return institution.id;
    });
    return { institution: await readBack<Institution>(ctx, InstitutionModel, pk) };
  }

  @Mutation(() => InstitutionPayload, { description: '修改培训机构 (update an institution; a stale version is a CONFLICT)' })
  async updateInstitution(
    @Arg('input', () => UpdateInstitutionInput, { description: '修改内容 (the changes)' }) input: UpdateInstitutionInput,
    @Ctx() ctx: Context,
  ): Promise<InstitutionPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const institution = await loadForUpdate(em, InstitutionEntity, 'Institution', input.id, input.version);
      // Resolve every reference before touching the entity: a query for institutions while this one
      // has pending changes would auto-flush it early and move the version twice.
      if (input.regionId === null) throw new BadInputError('input.regionId cannot be null; leave it out to keep the current region.', 'input.regionId');
      const region = input.regionId === undefined ? undefined : await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId');
      const supervisor = await optionalReference(em, InstitutionEntity, 'Institution', input.supervisorId, 'input.supervisorId');
      if (supervisor) await checkSupervisionChain(em, institution, supervisor);
      const changed = assignDefined(institution, input, SCALARS, ['shortName', 'countyCategory']);
      // Blame the field the client sent: a new category on a non-county school, or a level change that strands the old one.
      checkCountyCategory(institution.level, institution.countyCategory, input.countyCategory ? 'input.countyCategory' : 'input.level');
      if (region) {
        institution.region = region;
        changed.push('region');
      }
      if (supervisor !== undefined) {
        institution.supervisor = supervisor;
        changed.push('supervisor');
      }
      auditWrite(em, institution, { fields: changed });
      await em.flush();
      return institution.id;
    });
    return { institution: await readBack<Institution>(ctx, InstitutionModel, pk) };
  }

  @Mutation(() => InstitutionPayload, { description: '归档培训机构 (archive an institution)' })
  async archiveInstitution(
    @Arg('input', () => ArchiveInput, { description: '归档对象及版本 (id and version to archive)' }) input: ArchiveInput,
    @Ctx() ctx: Context,
  ): Promise<InstitutionPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, InstitutionEntity, 'Institution', input.id, input.version);
    return { institution: await readBack<Institution>(ctx, InstitutionModel, pk) };
  }
}
