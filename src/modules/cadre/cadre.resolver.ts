import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, blameConstraint, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { Region } from '../region/region.type';
import { RegionModel } from '../region/region.loaders';
import { RegionEntity } from '../region/region.entity';
import { Unit } from '../unit/unit.type';
import { UnitModel } from '../unit/unit.loaders';
import { UnitEntity } from '../unit/unit.entity';
import { TrainingRecord } from '../training-record/training-record.type';
import { TrainingRecordModel } from '../training-record/training-record.loaders';
import { CadreEntity } from './cadre.entity';
import { CADRE_ATTRIBUTE_KEYS, CadreFilter, CreateCadreInput, UpdateCadreInput } from './cadre.inputs';
import { checkCadreAttributes } from './cadre.checks';
import { CadreModel, cadreFilter } from './cadre.loaders';
import { Cadre } from './cadre.type';
import { CadreStatus, ManagementLevel } from './cadre.enums';
import { createOnce } from '../kit/idempotency';

export const CadreOrderBy = orderByEnum(CadreModel, { NAME: '姓名', BIRTH_DATE: '出生日期' });
const CadreConnection = connectionType(Cadre, 'Cadre', '干部');
const CadreListArgs = listArgs(CadreFilter, CadreOrderBy, 'Cadre');

@ObjectType('CadrePayload', { description: '干部写操作结果 (result of a cadre mutation)', simpleResolvers: true })
class CadrePayload {
  @Field(() => Cadre, { description: '干部 (the cadre as stored)' })
  cadre!: Cadre;
}

blameConstraint('cadre_id_card_number_unique', 'input.idCardNumber');

const SCALARS = ['name', 'gender', 'birthDate', 'idCardNumber', 'phone', 'sector', 'category', 'rank', 'position', 'isPrincipalLeader', 'isYoungCadre', 'appointedAt', 'status', ...CADRE_ATTRIBUTE_KEYS] as const;
/** Update fields an explicit null clears. */
const NULLABLE = ['phone', 'appointedAt', 'principalPost', 'villageRole', 'civilServiceEntryDate', 'seniorLevelSince'];

/** The input fields the caller sent (null included): the attribute checks blame only those. */
function givenKeys(input: object): Set<string> {
  return new Set(Object.entries(input).filter(([, v]) => v !== undefined).map(([k]) => k));
}

@Resolver(() => Cadre)
export class CadreResolver {
  @Query(() => Cadre, { description: '按标识查询干部 (one cadre by id)' })
  cadre(@Arg('id', () => ID, { description: '干部标识 (cadre id)' }) id: string, @Ctx() ctx: Context): Promise<Cadre> {
    return ctx.read.one<Cadre>(CadreModel, id);
  }

  @Query(() => CadreConnection, { description: '干部列表 (cadres, filtered and paginated)' })
  async cadres(@Args(() => CadreListArgs) args: ListArgsShape<CadreFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<Cadre>(CadreModel, cadreFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Unit, { description: '所在单位 (work unit)' })
  unit(@Root() cadre: Cadre, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(UnitModel, cadre.unitId);
  }

  @FieldResolver(() => Region, { description: '所在行政区划 (region)' })
  region(@Root() cadre: Cadre, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(RegionModel, cadre.regionId);
  }

  @FieldResolver(() => [TrainingRecord], { description: '培训记录 (training records, oldest first)' })
  trainingRecords(@Root() cadre: Cadre, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(TrainingRecordModel, 'cadre_id', cadre.pk, nestedLimit(first));
  }

  @Mutation(() => CadrePayload, { description: '新增干部 (create a cadre)' })
  async createCadre(@Arg('input', () => CreateCadreInput, { description: '新增内容 (the new record)' }) input: CreateCadreInput, @Ctx() ctx: Context): Promise<CadrePayload> {
    await validateInput(input);
    checkCadreAttributes(input, givenKeys(input));
    const pk = await createOnce(ctx, 'createCadre', input, async (em) => {
      const unit = await reference(em, UnitEntity, 'Unit', input.unitId, 'input.unitId');
      const region = input.regionId ? await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId') : unit.region;
      const cadre = em.create(CadreEntity, {
        name: input.name,
        gender: input.gender,
        birthDate: input.birthDate,
        idCardNumber: input.idCardNumber,
        phone: input.phone ?? null,
        unit,
        region,
        sector: input.sector ?? unit.sector,
        category: input.category,
        rank: input.rank,
        position: input.position,
        isPrincipalLeader: input.isPrincipalLeader ?? false,
        isYoungCadre: input.isYoungCadre ?? false,
        appointedAt: input.appointedAt ?? null,
        managementLevel: input.managementLevel ?? ManagementLevel.OTHER,
        isLeadershipTeamMember: input.isLeadershipTeamMember ?? false,
        principalPost: input.principalPost ?? null,
        isSoeLeadershipMember: input.isSoeLeadershipMember ?? false,
        villageRole: input.villageRole ?? null,
        isSelectedGraduate: input.isSelectedGraduate ?? false,
        isPartyAffairsCadre: input.isPartyAffairsCadre ?? false,
        civilServiceEntryDate: input.civilServiceEntryDate ?? null,
        seniorLevelSince: input.seniorLevelSince ?? null,
        status: CadreStatus.ACTIVE,
      });
      auditWrite(em, cadre, { fields: Object.keys(input) });
      await em.flush();
      return cadre.id;
    });
    return { cadre: await readBack<Cadre>(ctx, CadreModel, pk) };
  }

  @Mutation(() => CadrePayload, { description: '修改干部 (update a cadre; a stale version is a CONFLICT)' })
  async updateCadre(@Arg('input', () => UpdateCadreInput, { description: '修改内容 (the changes, with the version you last read)' }) input: UpdateCadreInput, @Ctx() ctx: Context): Promise<CadrePayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const cadre = await loadForUpdate(em, CadreEntity, 'Cadre', input.id, input.version);
      // Resolve references before touching the entity: a query after a change would auto-flush it early.
      const unit = input.unitId != null ? await reference(em, UnitEntity, 'Unit', input.unitId, 'input.unitId') : undefined;
      const region = input.regionId != null ? await reference(em, RegionEntity, 'Region', input.regionId, 'input.regionId') : undefined;
      if (input.unitId === null) throw new BadInputError('input.unitId cannot be null.', 'input.unitId');
      if (input.regionId === null) throw new BadInputError('input.regionId cannot be null.', 'input.regionId');
      const changed = assignDefined(cadre, input, SCALARS, NULLABLE);
      // The rules read the record as it will be stored (a village role against a stored post, a date against a new birth date).
      checkCadreAttributes(cadre, givenKeys(input));
      if (unit && unit.id !== cadre.unit.id) {
        cadre.unit = unit;
        changed.push('unit');
      }
      if (region && region.id !== cadre.region.id) {
        cadre.region = region;
        changed.push('region');
      }
      auditWrite(em, cadre, { fields: changed });
      await em.flush();
      return cadre.id;
    });
    return { cadre: await readBack<Cadre>(ctx, CadreModel, pk) };
  }

  @Mutation(() => CadrePayload, { description: '归档干部 (archive a cadre)' })
  async archiveCadre(@Arg('input', () => ArchiveInput, { description: '归档对象 (the record and the version you last read)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<CadrePayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, CadreEntity, 'Cadre', input.id, input.version);
    return { cadre: await readBack<Cadre>(ctx, CadreModel, pk) };
  }
}
