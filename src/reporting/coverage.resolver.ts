import { presentGroupKey, summaryPopulation } from './summary-groups';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../access/request-context';
import { BadInputError, ConflictError, ErrorCode } from '../core/errors';
import { Params } from '../core/read/sql';
import { DateScalar } from '../core/scalars';
import { txQuery } from '../core/write/tx-sql';
import { auditWrite, inTransaction, validateInput } from '../modules/kit/mutation';
import { CadreFilter } from '../modules/cadre/cadre.inputs';
import { TrainingRecord } from '../modules/training-record/training-record.type';
import { TrainingRecordModel } from '../modules/training-record/training-record.loaders';
import { ComplianceGroupBy } from '../modules/rules/compliance.enums';
import { CoverageRuleEntity } from '../modules/rules/coverage.entity';
import { CoverageCycleKind, CoverageKind, MANAGEMENT_LEVELS, PRINCIPAL_POSTS, VILLAGE_ROLES } from '../modules/rules/coverage.enums';
import { AddCoverageRuleVersionInput } from './coverage.inputs';
import { presentCoverageRule } from './coverage.present';
import { RULE_COLUMNS, coverageSummary, type CoverageSummaryRow } from './coverage.repository';
import { CadreCoverage, CoverageRule, CoverageSummary, CoverageSummaryGroup } from './coverage.types';
import { todayInChina } from '../core/dates';

@ObjectType('CoverageRulePayload', { description: '覆盖规则写操作结果 (result of adding a coverage rule version)', simpleResolvers: true })
class CoverageRulePayload {
  @Field(() => CoverageRule, { description: '新规则版本 (the version added)' })
  rule!: CoverageRule;

  @Field(() => CoverageRule, { nullable: true, description: '被截止的上一版本 (the previous version, now ending on validFrom)' })
  previous!: CoverageRule | null;
}

function summaryGroup(groupBy: ComplianceGroupBy, row: CoverageSummaryRow): CoverageSummaryGroup {
  const metShare = row.population === 0 ? 0 : Math.round((row.met / row.population) * 10000) / 10000;
  return { ...row, ...presentGroupKey(groupBy, row), metShare };
}

/** The version of `code` in force on `asOf`; BAD_USER_INPUT at `rule` for an unknown code, at `asOf` when none is in force then. */
async function ruleInForce(ctx: Context, code: string, asOf: string): Promise<CoverageRule> {
  const rows = await ctx.read.db.query<Record<string, unknown> & { inForce: boolean }>(
    `select ${RULE_COLUMNS}, (r.valid_from <= $2::date and (r.valid_to is null or r.valid_to > $2::date)) as "inForce"
     from coverage_rule r where r.code = $1 and r.archived_at is null order by "inForce" desc, r.valid_from desc limit 1`,
    [code, asOf],
  );
  if (!rows.length) throw new BadInputError(`No coverage rule has the code ${code}.`, 'rule');
  if (!rows[0].inForce) throw new BadInputError(`Coverage rule ${code} has no version in force on ${asOf}.`, 'asOf');
  const { inForce: _inForce, ...rule } = rows[0];
  return presentCoverageRule(rule);
}

/** Checks the parts of a rule the input types cannot: population values, and the fields a kind or cycle needs. */
function checkRuleInput(input: AddCoverageRuleVersionInput): void {
  const lists: [keyof AddCoverageRuleVersionInput, readonly string[]][] = [
    ['managementLevels', MANAGEMENT_LEVELS],
    ['principalPosts', PRINCIPAL_POSTS],
    ['villageRoles', VILLAGE_ROLES],
  ];
  for (const [field, allowed] of lists) {
    const values = (input[field] as string[] | null | undefined) ?? [];
    const bad = values.findIndex((v) => !allowed.includes(v));
    if (bad >= 0) throw new BadInputError(`${values[bad]} is not one of ${allowed.join(', ')}.`, `input.${field}.${bad}`);
  }
  const needsMonths = input.cycleKind === CoverageCycleKind.ROLLING || input.cycleKind === CoverageCycleKind.FROM_ENTRY;
  if (needsMonths && input.cycleMonths == null) throw new BadInputError(`A ${input.cycleKind} rule needs cycleMonths.`, 'input.cycleMonths');
  if (input.kind === CoverageKind.SHARE && input.shareMin == null) throw new BadInputError('A SHARE rule needs shareMin.', 'input.shareMin');
  if (input.kind === CoverageKind.PER_PERSON && input.shareMin != null) throw new BadInputError('Only a SHARE rule has shareMin.', 'input.shareMin');
}

function newRule(input: AddCoverageRuleVersionInput): Omit<CoverageRuleEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'archivedAt'> {
  return {
    code: input.code,
    name: input.name,
    basis: input.basis,
    kind: input.kind,
    managementLevels: input.managementLevels ?? [],
    principalPosts: input.principalPosts ?? [],
    villageRoles: input.villageRoles ?? [],
    leadershipTeam: input.leadershipTeam ?? null,
    young: input.young ?? null,
    soeLeadership: input.soeLeadership ?? null,
    selectedGraduate: input.selectedGraduate ?? null,
    partyAffairs: input.partyAffairs ?? null,
    newCivilServant: input.newCivilServant ?? null,
    cycleKind: input.cycleKind,
    cycleMonths: input.cycleMonths ?? null,
    warnMonths: input.warnMonths ?? 0,
    shareMin: input.shareMin == null ? null : input.shareMin.toFixed(3),
    modes: input.modes ?? [],
    classKinds: input.classKinds ?? [],
    institutionLevels: input.institutionLevels ?? [],
    institutionKinds: input.institutionKinds ?? [],
    validFrom: input.validFrom,
    validTo: null,
    note: input.note ?? null,
  };
}

@Resolver()
export class CoverageResolver {
  @Query(() => CoverageSummary, { description: '培训覆盖汇总 (one coverage rule: population, met, due, overdue and shares per group and in total; one SQL statement in your scope)' })
  async coverageSummary(
    @Ctx() ctx: Context,
    @Arg('rule', () => String, { description: '规则代码 (the rule\'s code, e.g. CITY_COUNTY_PRINCIPAL_THEORY)' }) rule: string,
    @Arg('groupBy', () => ComplianceGroupBy, { description: '汇总维度 (dimension)' }) groupBy: ComplianceGroupBy,
    @Arg('asOf', () => DateScalar, { nullable: true, description: '统计日期 (as of; default today in China)' }) asOf?: string | null,
    @Arg('filter', () => CadreFilter, { nullable: true, description: '干部筛选条件 (which cadres; active cadres unless statuses are given)' }) filter?: CadreFilter | null,
  ): Promise<CoverageSummary> {
    const day = asOf ?? todayInChina();
    const version = await ruleInForce(ctx, rule, day);
    const rows = await coverageSummary(ctx.read.db, ctx.viewer, day, rule, groupBy, summaryPopulation(filter), version);
    const [totalRow, ...groupRows] = rows;
    const empty: CoverageSummaryRow = { key: null, label: null, population: 0, met: 0, due: 0, overdue: 0, green: 0, yellow: 0, red: 0, shareReached: null };
    return { asOf: day, groupBy, rule: version, total: summaryGroup(groupBy, totalRow ?? empty), groups: groupRows.map((r) => summaryGroup(groupBy, r)) };
  }

  @Query(() => [CoverageRule], { description: '培训覆盖规则 (coverage rule versions; only those in force on asOf when given)' })
  async coverageRules(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: '生效日期 (only versions in force on this date)' }) asOf?: string | null): Promise<CoverageRule[]> {
    const params = new Params();
    const where = ['r.archived_at is null'];
    if (asOf) {
      const p = params.add(asOf);
      where.push(`r.valid_from <= ${p}::date and (r.valid_to is null or r.valid_to > ${p}::date)`);
    }
    const rows = await ctx.read.db.query(`select ${RULE_COLUMNS} from coverage_rule r where ${where.join(' and ')} order by r.code, r.valid_from`, params.values);
    return rows.map(presentCoverageRule);
  }

  @Mutation(() => CoverageRulePayload, {
    description: '新增覆盖规则版本 (add a coverage rule version in force from validFrom: results change from that date without a release; the version in force then ends on that day)',
  })
  async addCoverageRuleVersion(
    @Arg('input', () => AddCoverageRuleVersionInput, { description: '规则内容及生效日期 (the rule and its effective date)' }) input: AddCoverageRuleVersionInput,
    @Ctx() ctx: Context,
  ): Promise<CoverageRulePayload> {
    await validateInput(input);
    checkRuleInput(input);
    const { pk, previousPk } = await inTransaction(ctx, async (em) => {
      // Serialises versioning of one rule: two admins adding versions at once cannot both close the same row.
      await txQuery(em, 'select pg_advisory_xact_lock(hashtext(?))', [`coverage_rule:${input.code}`]);
      const later = await em.findOne(CoverageRuleEntity, { code: input.code, archivedAt: null, validFrom: { $gte: input.validFrom } });
      if (later) {
        throw new ConflictError(`A version of ${input.code} already starts on ${later.validFrom}; add versions in date order.`, ErrorCode.CONFLICT, { field: 'input.validFrom' });
      }
      const previous = await em.findOne(
        CoverageRuleEntity,
        { code: input.code, archivedAt: null, validFrom: { $lt: input.validFrom }, $or: [{ validTo: null }, { validTo: { $gt: input.validFrom } }] },
        { orderBy: { validFrom: 'desc' } },
      );
      if (previous) previous.validTo = input.validFrom;
      const rule = em.create(CoverageRuleEntity, newRule(input));
      auditWrite(em, rule, { records: previous ? [rule, previous] : [rule], fields: Object.keys(input) });
      await em.flush();
      return { pk: rule.id, previousPk: previous?.id ?? null };
    });
    const rows = await ctx.read.db.query(`select ${RULE_COLUMNS} from coverage_rule r where r.id = any($1::int[])`, [[pk, previousPk].filter((x) => x !== null)]);
    const byId = new Map(rows.map((r) => [r.id as number, presentCoverageRule(r)]));
    return { rule: byId.get(pk)!, previous: previousPk === null ? null : byId.get(previousPk)! };
  }
}

@Resolver(() => CadreCoverage)
export class CadreCoverageFieldsResolver {
  @FieldResolver(() => TrainingRecord, { nullable: true, description: '最近一次合格培训记录 (the record of lastQualifyingAt; null when none or outside your scope)' })
  lastQualifyingRecord(@Root() c: CadreCoverage, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return c.lastRecordId === null ? null : ctx.read.loaders.with(info).byPk(TrainingRecordModel, c.lastRecordId);
  }
}
