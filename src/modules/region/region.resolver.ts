import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, blameConstraint, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { RegionEntity } from './region.entity';
import { RegionLevel } from './region.enums';
import { CreateRegionInput, RegionFilter, UpdateRegionInput } from './region.inputs';
import { RegionModel, regionFilter } from './region.loaders';
import { Region } from './region.type';
import { createOnce } from '../kit/idempotency';

export const RegionOrderBy = orderByEnum(RegionModel, { CODE: '区划代码' });
const RegionConnection = connectionType(Region, 'Region', '行政区划');
const RegionListArgs = listArgs(RegionFilter, RegionOrderBy, 'Region');
blameConstraint('region_code_unique', 'input.code');

@ObjectType('RegionPayload', { description: '行政区划写操作结果 (result of a region mutation)', simpleResolvers: true })
class RegionPayload {
  @Field(() => Region, { description: '行政区划 (the region as stored)' })
  region!: Region;
}

const LEVEL_ORDER = [RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWNSHIP];

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { description: '按标识查询行政区划 (one region by id)' })
  region(@Arg('id', () => ID, { description: '标识 (id)' }) id: string, @Ctx() ctx: Context): Promise<Region> {
    return ctx.read.one<Region>(RegionModel, id);
  }

  @Query(() => RegionConnection, { description: '行政区划列表 (regions)' })
  async regions(@Args(() => RegionListArgs) args: ListArgsShape<RegionFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<Region>(RegionModel, regionFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Region, { nullable: true, description: '上级区划 (parent region)' })
  parent(@Root() region: Region, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return region.parentId === null ? null : ctx.read.loaders.with(info).byPk(RegionModel, region.parentId);
  }

  @FieldResolver(() => [Region], { description: '下级区划 (child regions)' })
  children(@Root() region: Region, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(RegionModel, 'parent_id', region.pk, nestedLimit(first));
  }

  @Mutation(() => RegionPayload, { description: '新增行政区划 (create a region under its parent)' })
  async createRegion(@Arg('input', () => CreateRegionInput, { description: '新增内容 (the new record)' }) input: CreateRegionInput, @Ctx() ctx: Context): Promise<RegionPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createRegion', input, async (em) => {
      const parent = input.parentId ? await reference(em, RegionEntity, 'Region', input.parentId, 'input.parentId') : null;
      if (parent && LEVEL_ORDER.indexOf(parent.level) >= LEVEL_ORDER.indexOf(input.level)) {
        throw new BadInputError('A region must be one level below its parent.', 'input.level');
      }
      if (!parent && input.level !== RegionLevel.PROVINCE) throw new BadInputError('Only a province has no parent.', 'input.parentId');
      const region = em.create(RegionEntity, {
        code: input.code,
        name: input.name,
        level: input.level,
        parent,
        path: `${parent ? parent.path : '/'}${input.code}/`,
      });
      auditWrite(em, region, { fields: Object.keys(input) });
      await em.flush();
      return region.id;
    });
    return { region: await readBack<Region>(ctx, RegionModel, pk) };
  }

  @Mutation(() => RegionPayload, { description: '修改行政区划名称 (rename a region; codes never change)' })
  async updateRegion(@Arg('input', () => UpdateRegionInput, { description: '修改内容 (the changes, with the version you last read)' }) input: UpdateRegionInput, @Ctx() ctx: Context): Promise<RegionPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const region = await loadForUpdate(em, RegionEntity, 'Region', input.id, input.version);
      const changed = assignDefined(region, input, ['name']);
      auditWrite(em, region, { fields: changed });
      await em.flush();
      return region.id;
    });
    return { region: await readBack<Region>(ctx, RegionModel, pk) };
  }

  @Mutation(() => RegionPayload, { description: '归档行政区划 (archive a region)' })
  async archiveRegion(@Arg('input', () => ArchiveInput, { description: '归档对象 (the record and the version you last read)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<RegionPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, RegionEntity, 'Region', input.id, input.version);
    return { region: await readBack<Region>(ctx, RegionModel, pk) };
  }
}
