import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { Context } from '../access/request-context';
import { BadInputError, ConflictError, ErrorCode } from '../core/errors';
import { ENUM_CATALOG } from '../core/enums';
import { toGlobalId } from '../core/read/ids';
import { Params } from '../core/read/sql';
import { DateScalar } from '../core/scalars';
import { txQuery } from '../core/write/tx-sql';
import { CadreCategory, CadreRank } from '../modules/cadre/cadre.enums';
import { auditWrite, inTransaction, validateInput } from '../modules/kit/mutation';
import { CadreGroup, GroupBasis } from '../modules/rules/compliance.enums';
import { CategoryGroupEntity, RankGroupEntity } from '../modules/rules/group-rules.entity';

@ObjectType('CadreGroupRule', { description: '分组规则版本 (one version of the category → group or rank → group table of 附件1)', simpleResolvers: true })
export class CadreGroupRule {
  @Field({ description: '全局标识 (opaque global id)' })
  id!: string;

  @Field(() => GroupBasis, { description: '依据 (CATEGORY or RANK; a rank in force decides before the category)' })
  basis!: GroupBasis;

  @Field({ description: '类别或职级代码 (the CadreCategory or CadreRank value)' })
  key!: string;

  @Field({ description: '名称 (its label)' })
  label!: string;

  @Field(() => CadreGroup, { description: '分组 (group A or B)' })
  cadreGroup!: CadreGroup;

  @Field(() => DateScalar, { description: '生效日期 (in force from)' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: '失效日期 (in force until, exclusive; null while current)' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: '说明 (note)' })
  note!: string | null;
}

@ObjectType('PlanPeriod', { description: '规划期 (a training plan\'s period: group A\'s hours and PLAN_PERIOD coverage rules count over it)', simpleResolvers: true })
export class PlanPeriod {
  @Field({ description: '全局标识 (opaque global id)' })
  id!: string;

  @Field({ description: '代码 (e.g. 2024-2028)' })
  code!: string;

  @Field({ description: '名称 (name of the plan)' })
  name!: string;

  @Field(() => DateScalar, { description: '起始日 (first day)' })
  startDate!: string;

  @Field(() => DateScalar, { description: '截止日 (last day, also group A\'s deadline)' })
  endDate!: string;
}

@InputType('AddCadreGroupRuleVersionInput', {
  description: '新增分组规则版本 (place a category or a rank in a group from validFrom; the version in force then ends that day)',
})
export class AddCadreGroupRuleVersionInput {
  @Field(() => GroupBasis, { description: '依据 (CATEGORY or RANK)' })
  basis!: GroupBasis;

  @Field(() => CadreCategory, { nullable: true, description: '干部类别 (with basis CATEGORY)' })
  category?: CadreCategory | null;

  @Field(() => CadreRank, { nullable: true, description: '职级 (with basis RANK)' })
  rank?: CadreRank | null;

  @Field(() => CadreGroup, {
    nullable: true,
    description: '分组 (A or B; with basis RANK, null ends the rank\'s rule so the category decides again)',
  })
  cadreGroup?: CadreGroup | null;

  @Field(() => DateScalar, { description: '生效日期 (in force from this date)' })
  validFrom!: string;

  @MaxLength(500)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '说明 (note, e.g. the document that changed it)' })
  note?: string | null;
}

@ObjectType('CadreGroupRulePayload', { description: '分组规则写操作结果 (result of adding a group rule version)', simpleResolvers: true })
class CadreGroupRulePayload {
  @Field(() => CadreGroupRule, { nullable: true, description: '新版本 (the version added; null when a rank\'s rule was ended)' })
  rule!: CadreGroupRule | null;

  @Field(() => CadreGroupRule, { nullable: true, description: '被截止的上一版本 (the previous version, now ending on validFrom)' })
  previous!: CadreGroupRule | null;
}

const SELECT = `select * from (
    select id, 'CATEGORY' as basis, category as key, cadre_group as "cadreGroup", valid_from as "validFrom", valid_to as "validTo", note from compliance_category_group
    union all select id, 'RANK', rank, cadre_group, valid_from, valid_to, note from compliance_rank_group) g`;

function present(r: Omit<CadreGroupRule, 'id' | 'label'> & { id: number }): CadreGroupRule {
  const enumName = r.basis === GroupBasis.RANK ? 'CadreRank' : 'CadreCategory';
  const label = ENUM_CATALOG.get(enumName)?.values.find((v) => v.value === r.key)?.label ?? r.key;
  return { ...r, id: toGlobalId(r.basis === GroupBasis.RANK ? 'RankGroupRule' : 'CategoryGroupRule', r.id), label };
}

/** The one key of the input, checked against its basis. */
function keyOf(input: AddCadreGroupRuleVersionInput): { key: string; entity: typeof CategoryGroupEntity | typeof RankGroupEntity; prop: 'category' | 'rank' } {
  if (input.basis === GroupBasis.CATEGORY) {
    if (!input.category || input.rank) throw new BadInputError('basis CATEGORY takes category and no rank.', 'input.category');
    if (!input.cadreGroup) throw new BadInputError('A category always has a group.', 'input.cadreGroup');
    return { key: input.category, entity: CategoryGroupEntity, prop: 'category' };
  }
  if (!input.rank || input.category) throw new BadInputError('basis RANK takes rank and no category.', 'input.rank');
  return { key: input.rank, entity: RankGroupEntity, prop: 'rank' };
}

@Resolver()
export class GroupRulesResolver {
  @Query(() => [CadreGroupRule], { description: '分组规则 (category → group and rank → group versions of 附件1; only those in force on asOf when given)' })
  async cadreGroupRules(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: '生效日期 (only versions in force on this date)' }) asOf?: string | null) {
    const params = new Params();
    const where = asOf ? `where g."validFrom" <= ${params.add(asOf)}::date and (g."validTo" is null or g."validTo" > ${params.add(asOf)}::date)` : '';
    const rows = await ctx.read.db.query<Omit<CadreGroupRule, 'id' | 'label'> & { id: number }>(`${SELECT} ${where} order by basis, key, "validFrom"`, params.values);
    return rows.map(present);
  }

  @Query(() => [PlanPeriod], { description: '规划期 (the plan periods, as data; the one containing asOf when given)' })
  async planPeriods(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: '日期 (only the period containing this date)' }) asOf?: string | null) {
    const params = new Params();
    const where = asOf ? `and start_date <= ${params.add(asOf)}::date and end_date >= ${params.add(asOf)}::date` : '';
    const rows = await ctx.read.db.query<Omit<PlanPeriod, 'id'> & { id: number }>(
      `select id, code, name, start_date as "startDate", end_date as "endDate" from plan_period where archived_at is null ${where} order by start_date`,
      params.values,
    );
    return rows.map((r) => ({ ...r, id: toGlobalId('PlanPeriod', r.id) }));
  }

  @Mutation(() => CadreGroupRulePayload, { description: '新增分组规则版本 (results change from validFrom without a release)' })
  async addCadreGroupRuleVersion(
    @Arg('input', () => AddCadreGroupRuleVersionInput, { description: '类别或职级、分组及生效日期 (the category or rank, its group and the date)' }) input: AddCadreGroupRuleVersionInput,
    @Ctx() ctx: Context,
  ): Promise<CadreGroupRulePayload> {
    await validateInput(input);
    if (input.cadreGroup === CadreGroup.ALL) throw new BadInputError('A cadre is in group A or B.', 'input.cadreGroup');
    const { key, entity, prop } = keyOf(input);
    const written = await inTransaction(ctx, async (em) => {
      await txQuery(em, 'select pg_advisory_xact_lock(hashtext(?))', [`group_rule:${input.basis}:${key}`]);
      // In date order: nothing of this key may start on or after validFrom, nor run past it having been ended already.
      const later = await em.findOne(entity, { [prop]: key, $or: [{ validFrom: { $gte: input.validFrom } }, { validTo: { $gt: input.validFrom } }] } as never);
      if (later) {
        throw new ConflictError(`A version for ${key} already covers ${input.validFrom} or later; add versions in date order.`, ErrorCode.CONFLICT, { field: 'input.validFrom' });
      }
      const previous = await em.findOne(entity, { [prop]: key, validFrom: { $lt: input.validFrom }, validTo: null } as never);
      if (!previous && !input.cadreGroup) throw new BadInputError(`No rule for ${key} is in force on ${input.validFrom} to end.`, 'input.cadreGroup');
      if (previous) previous.validTo = input.validFrom;
      const rule = input.cadreGroup ? em.create(entity as typeof RankGroupEntity, { [prop]: key, cadreGroup: input.cadreGroup, validFrom: input.validFrom, note: input.note ?? null } as never) : null;
      const records = [rule, previous].filter((r): r is RankGroupEntity => r !== null);
      auditWrite(em, records[0], { records, fields: Object.keys(input) });
      await em.flush();
      return { pk: rule?.id ?? null, previousPk: previous?.id ?? null };
    });
    const table = input.basis === GroupBasis.RANK ? 'RANK' : 'CATEGORY';
    const rows = await ctx.read.db.query<Omit<CadreGroupRule, 'id' | 'label'> & { id: number }>(`${SELECT} where g.basis = $1 and g.id = any($2::int[])`, [
      table,
      [written.pk, written.previousPk].filter((x) => x !== null),
    ]);
    const byId = new Map(rows.map((r) => [r.id, present(r)]));
    return { rule: written.pk === null ? null : byId.get(written.pk)!, previous: written.previousPk === null ? null : byId.get(written.previousPk)! };
  }
}
