import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { Region } from '../region/region.type';
import { RegionModel } from '../region/region.loaders';
import { RegionEntity } from '../region/region.entity';
import { Cadre } from '../cadre/cadre.type';
import { CadreModel } from '../cadre/cadre.loaders';
import { UnitEntity } from './unit.entity';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs';
import { UnitModel, unitFilter } from './unit.loaders';
import { Unit } from './unit.type';
import { Sector } from './unit.enums';
import { createOnce } from '../kit/idempotency';

export const UnitOrderBy = orderByEnum(UnitModel, { NAME: '名称' });
const UnitConnection = connectionType(Unit, 'Unit', '单位');
const UnitListArgs = listArgs(UnitFilter, UnitOrderBy, 'Unit');

@ObjectType('UnitPayload', { description: '单位写操作结果 (result of a unit mutation)', simpleResolvers: true })
class UnitPayload {
  @Field(() => Unit, { description: '单位 (the unit as stored)' })
  unit!: Unit;
}

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { description: '按标识查询单位 (one unit by id)' })
  unit(@Arg('id', () => ID, { description: '标识 (id)' }) id: string, @Ctx() ctx: Context): Promise<Unit> {
    return ctx.read.one<Unit>(UnitModel, id);
  }

  @Query(() => UnitConnection, { description: '单位列表 (units)' })
  async units(@Args(() => UnitListArgs) args: ListArgsShape<UnitFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<Unit>(UnitModel, unitFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Region, { description: '所在行政区划 (region)' })
  region(@Root() unit: Unit, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(RegionModel, unit.regionId);
  }

  @FieldResolver(() => [Cadre], { description: '本单位干部 (cadres of this unit)' })
  cadres(@Root() unit: Unit, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(CadreModel, 'unit_id', unit.pk, nestedLimit(first));
  }

  @Mutation(() => UnitPayload, { description: '新增单位 (create a unit)' })
  async createUnit(@Arg('input', () => CreateUnitInput, { description: '新增内容 (the new record)' }) input: CreateUnitInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createUnit', input, async (em) => {
      const region = await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId');
      const unit = em.create(UnitEntity, { name: input.name, kind: input.kind, region, sector: input.sector ?? Sector.PARTY_GOV });
      auditWrite(em, unit, { fields: Object.keys(input) });
      await em.flush();
      return unit.id;
    });
    return { unit: await readBack<Unit>(ctx, UnitModel, pk) };
  }

  @Mutation(() => UnitPayload, { description: '修改单位 (update a unit)' })
  async updateUnit(@Arg('input', () => UpdateUnitInput, { description: '修改内容 (the changes, with the version you last read)' }) input: UpdateUnitInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const unit = await loadForUpdate(em, UnitEntity, 'Unit', input.id, input.version);
      // Resolve references before touching the entity: a query after a change would auto-flush it early.
      const region = input.regionId != null ? await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId') : undefined;
      const changed = assignDefined(unit, input, ['name', 'kind', 'sector']);
      if (region && region.id !== unit.region.id) {
        unit.region = region;
        changed.push('region');
      }
      auditWrite(em, unit, { fields: changed });
      await em.flush();
      return unit.id;
    });
    return { unit: await readBack<Unit>(ctx, UnitModel, pk) };
  }

  @Mutation(() => UnitPayload, { description: '归档单位 (archive a unit)' })
  async archiveUnit(@Arg('input', () => ArchiveInput, { description: '归档对象 (the record and the version you last read)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, UnitEntity, 'Unit', input.id, input.version);
    return { unit: await readBack<Unit>(ctx, UnitModel, pk) };
  }
}
