import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { Region } from '../region/region.type';
import { RegionModel } from '../region/region.loaders';
import { RegionEntity } from '../region/region.entity';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { OnsiteTeachingSiteEntity } from './onsite-site.entity';
import { SiteStatus } from './onsite-site.enums';
import { CreateOnsiteTeachingSiteInput, OnsiteTeachingSiteFilter, UpdateOnsiteTeachingSiteInput } from './onsite-site.inputs';
import { OnsiteTeachingSiteModel, onsiteTeachingSiteFilter } from './onsite-site.loaders';
import { OnsiteTeachingSite } from './onsite-site.type';
import { createOnce } from '../kit/idempotency';

export const OnsiteTeachingSiteOrderBy = orderByEnum(OnsiteTeachingSiteModel, { NAME: '名称' });
const OnsiteTeachingSiteConnection = connectionType(OnsiteTeachingSite, 'OnsiteTeachingSite', '现场教学点');
const OnsiteTeachingSiteListArgs = listArgs(OnsiteTeachingSiteFilter, OnsiteTeachingSiteOrderBy, 'OnsiteTeachingSite');

@ObjectType('OnsiteTeachingSitePayload', { description: '现场教学点写操作结果 (result of an onsite teaching site mutation)', simpleResolvers: true })
class OnsiteTeachingSitePayload {
  @Field(() => OnsiteTeachingSite, { description: '现场教学点 (the site as stored)' })
  onsiteTeachingSite!: OnsiteTeachingSite;
}

const SCALARS = ['name', 'theme', 'status', 'address'] as const;

@Resolver(() => OnsiteTeachingSite)
export class OnsiteTeachingSiteResolver {
  @Query(() => OnsiteTeachingSite, { description: '按标识查询现场教学点 (one onsite teaching site by id)' })
  onsiteTeachingSite(@Arg('id', () => ID, { description: '现场教学点标识 (site id)' }) id: string, @Ctx() ctx: Context): Promise<OnsiteTeachingSite> {
    return ctx.read.one<OnsiteTeachingSite>(OnsiteTeachingSiteModel, id);
  }

  @Query(() => OnsiteTeachingSiteConnection, { description: '现场教学点列表 (onsite teaching sites, filtered and paginated)' })
  async onsiteTeachingSites(@Args(() => OnsiteTeachingSiteListArgs) args: ListArgsShape<OnsiteTeachingSiteFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<OnsiteTeachingSite>(OnsiteTeachingSiteModel, onsiteTeachingSiteFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Region, { description: '所在行政区划 (region)' })
  region(@Root() site: OnsiteTeachingSite, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(RegionModel, site.regionId);
  }

  @FieldResolver(() => Institution, { description: '管理机构 (managing institution)' })
  institution(@Root() site: OnsiteTeachingSite, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(InstitutionModel, site.institutionId);
  }

  @Mutation(() => OnsiteTeachingSitePayload, { description: '新增现场教学点 (create an onsite teaching site)' })
  async createOnsiteTeachingSite(@Arg('input', () => CreateOnsiteTeachingSiteInput, { description: '现场教学点内容 (the new site)' }) input: CreateOnsiteTeachingSiteInput, @Ctx() ctx: Context): Promise<OnsiteTeachingSitePayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createOnsiteTeachingSite', input, async (em) => {
      const region = await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId');
      const institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const site = em.create(OnsiteTeachingSiteEntity, {
        name: input.name,
        region,
        theme: input.theme,
        institution,
        status: input.status ?? SiteStatus.ACTIVE,
        address: input.address ?? null,
      });
      auditWrite(em, site, { fields: Object.keys(input) });
      await em.flush();
      return site.id;
    });
    return { onsiteTeachingSite: await readBack<OnsiteTeachingSite>(ctx, OnsiteTeachingSiteModel, pk) };
  }

  @Mutation(() => OnsiteTeachingSitePayload, { description: '修改现场教学点 (update an onsite teaching site; a stale version is a CONFLICT)' })
  async updateOnsiteTeachingSite(@Arg('input', () => UpdateOnsiteTeachingSiteInput, { description: '现场教学点标识、版本及修改内容 (site id, version and the changes)' }) input: UpdateOnsiteTeachingSiteInput, @Ctx() ctx: Context): Promise<OnsiteTeachingSitePayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const site = await loadForUpdate(em, OnsiteTeachingSiteEntity, 'OnsiteTeachingSite', input.id, input.version);
      const changed = assignDefined(site, input, SCALARS, ['address']);
      if (input.regionId != null) {
        site.region = await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId');
        changed.push('region');
      }
      if (input.institutionId != null) {
        site.institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
        changed.push('institution');
      }
      auditWrite(em, site, { fields: changed });
      await em.flush();
      return site.id;
    });
    return { onsiteTeachingSite: await readBack<OnsiteTeachingSite>(ctx, OnsiteTeachingSiteModel, pk) };
  }

  @Mutation(() => OnsiteTeachingSitePayload, { description: '归档现场教学点 (archive an onsite teaching site)' })
  async archiveOnsiteTeachingSite(@Arg('input', () => ArchiveInput, { description: '现场教学点标识及版本 (site id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<OnsiteTeachingSitePayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, OnsiteTeachingSiteEntity, 'OnsiteTeachingSite', input.id, input.version);
    return { onsiteTeachingSite: await readBack<OnsiteTeachingSite>(ctx, OnsiteTeachingSiteModel, pk) };
  }
}
