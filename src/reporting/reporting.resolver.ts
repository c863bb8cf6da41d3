import { presentGroupKey, summaryPopulation } from './summary-groups';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../access/request-context';
import { BadInputError, ConflictError, ErrorCode } from '../core/errors';
import { MAX_PAGE_SIZE, pageSize } from '../core/read/connection';
import { toGlobalId } from '../core/read/ids';
import { Params } from '../core/read/sql';
import { DateScalar } from '../core/scalars';
import { auditWrite, inTransaction, validateInput } from '../modules/kit/mutation';
import { Cadre } from '../modules/cadre/cadre.type';
import { CadreModel } from '../modules/cadre/cadre.loaders';
import { CadreFilter } from '../modules/cadre/cadre.inputs';
import { Course } from '../modules/course/course.type';
import { CourseModel } from '../modules/course/course.loaders';
import { Institution } from '../modules/institution/institution.type';
import { InstitutionModel } from '../modules/institution/institution.loaders';
import { ComplianceGroupBy, ComplianceView } from '../modules/rules/compliance.enums';
import { AddComplianceRuleVersionInput } from './compliance.inputs';
import { presentCompliance } from './compliance.present';
import { complianceSummary, type SummaryRow } from './compliance.repository';
import { overdueCadres, type OverdueRow } from './overdue.repository';
import { OverdueCadre, OverdueCadreList } from './overdue.types';
import { presentCoverage } from './coverage.present';
import { CadreCompliance, ComplianceRule, ComplianceSummary, ComplianceSummaryGroup, HoursConversion, LearningMap } from './compliance.types';
import { ComplianceRuleEntity } from '../modules/rules/rules.entity';
import { todayInChina } from '../core/dates';
import { txQuery } from '../core/write/tx-sql';

@ObjectType('ComplianceRulePayload', { description: '学时规则写操作结果 (result of adding a rule version)', simpleResolvers: true })
class ComplianceRulePayload {
  @Field(() => ComplianceRule, { description: '新规则版本 (the version added)' })
  rule!: ComplianceRule;

  @Field(() => ComplianceRule, { nullable: true, description: '被截止的上一版本 (the previous version, now ending on validFrom)' })
  previous!: ComplianceRule | null;
}

const RULE_SELECT = `select id, code, cadre_group as "cadreGroup", min_hours as "minHours", min_days as "minDays", period_kind as "periodKind",
  period_years as "periodYears", modes, recognised_only as "recognisedOnly", class_kinds as "classKinds", promotion_grace_months as "promotionGraceMonths",
  yellow_behind as "yellowBehind", red_behind as "redBehind", valid_from as "validFrom", valid_to as "validTo", note from compliance_rule`;

function ruleRow(r: Record<string, unknown>): ComplianceRule {
  return { ...(r as unknown as ComplianceRule), id: toGlobalId('ComplianceRule', r.id as number) };
}

function summaryGroup(groupBy: ComplianceGroupBy, row: SummaryRow): ComplianceSummaryGroup {
  const rate = (n: number) => (row.total === 0 ? 0 : Math.round((n / row.total) * 10000) / 10000);
  return { ...row, ...presentGroupKey(groupBy, row), greenRate: rate(row.green), yellowRate: rate(row.yellow), redRate: rate(row.red) };
}

/** An overdue cadre for the API: the hours rules' presentation and the coverage rules behind, with their reasons in one list. */
function presentOverdue(row: OverdueRow, day: string, view: ComplianceView): OverdueCadre {
  const compliance = row.compliance ? presentCompliance(row.compliance, day, view) : null;
  const coverage = row.coverage.map(presentCoverage);
  const reasons = [...(compliance && compliance.colour !== 'GREEN' ? compliance.reasons : []), ...coverage.flatMap((c) => c.reasons)];
  return { cadreId: row.cadreId, colour: row.colour, deadline: row.deadline, compliance, coverage, reasons };
}

@Resolver()
export class ReportingResolver {
  @Query(() => ComplianceSummary, { description: '学时达标汇总 (counts per colour and rates, grouped; computed in SQL in your scope)' })
  async complianceSummary(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => ComplianceGroupBy, { description: '汇总维度 (dimension)' }) groupBy: ComplianceGroupBy,
    @Arg('asOf', () => DateScalar, { nullable: true, description: '统计日期 (as of; default today in China)' }) asOf?: string | null,
    @Arg('filter', () => CadreFilter, { nullable: true, description: '干部筛选条件 (which cadres; active cadres unless statuses are given)' }) filter?: CadreFilter | null,
    @Arg('view', () => ComplianceView, { nullable: true, description: '统计口径 (PLAN_PERIOD by default; ROLLING for the five years ending on asOf)' }) view?: ComplianceView | null,
  ): Promise<ComplianceSummary> {
    const day = asOf ?? todayInChina();
    const rows = await complianceSummary(ctx.read.db, ctx.viewer, day, groupBy, summaryPopulation(filter), view ?? ComplianceView.PLAN_PERIOD);
    const [totalRow, ...groupRows] = rows;
    return {
      asOf: day,
      groupBy,
      total: summaryGroup(groupBy, totalRow ?? { key: null, label: null, total: 0, green: 0, yellow: 0, red: 0 }),
      groups: groupRows.map((r) => summaryGroup(groupBy, r)),
    };
  }

  @Query(() => OverdueCadreList, { description: '提醒通报名单 (cadres behind on any requirement, red first, then nearest deadline)' })
  async overdueCadres(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: '统计日期 (as of; default today in China)' }) asOf?: string | null,
    @Arg('filter', () => CadreFilter, { nullable: true, description: '干部筛选条件 (which cadres)' }) filter?: CadreFilter | null,
    @Arg('first', () => Int, { nullable: true, description: `每页条数 (page size; default 20, at most ${MAX_PAGE_SIZE})` }) first?: number | null,
    @Arg('offset', () => Int, { nullable: true, description: '跳过条数 (rows to skip; default 0)' }) offset?: number | null,
    @Arg('view', () => ComplianceView, { nullable: true, description: '统计口径 (PLAN_PERIOD by default; ROLLING for the five years ending on asOf)' }) view?: ComplianceView | null,
  ): Promise<OverdueCadreList> {
    const day = asOf ?? todayInChina();
    const limit = pageSize(first);
    const skip = offset ?? 0;
    if (!Number.isInteger(skip) || skip < 0 || skip > 1_000_000) throw BadInputError.invalid('offset', 'must be between 0 and 1000000');
    const how = view ?? ComplianceView.PLAN_PERIOD;
    const { rows, total } = await overdueCadres(ctx.read.db, ctx.viewer, day, summaryPopulation(filter), limit, skip, how);
    return { totalCount: total, nodes: rows.map((r) => presentOverdue(r, day, how)) };
  }

  @Query(() => [ComplianceRule], { description: '学时规则 (compliance rule versions; only those in force on asOf when given)' })
  async complianceRules(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: '生效日期 (only versions in force on this date)' }) asOf?: string | null): Promise<ComplianceRule[]> {
    const params = new Params();
    const where = ['archived_at is null'];
    if (asOf) {
      const p = params.add(asOf);
      where.push(`valid_from <= ${p}::date and (valid_to is null or valid_to > ${p}::date)`);
    }
    const rows = await ctx.read.db.query(`${RULE_SELECT} where ${where.join(' and ')} order by code, cadre_group, valid_from`, params.values);
    return rows.map(ruleRow);
  }

  @Query(() => [HoursConversion], { description: '学时折算规则 (hours conversion rule versions)' })
  async hoursConversions(@Ctx() ctx: Context): Promise<HoursConversion[]> {
    const rows = await ctx.read.db.query<HoursConversion & { id: number }>(
      `select id, code, credited_hours as "creditedHours", cap_per_event as "capPerEvent", valid_from as "validFrom", valid_to as "validTo"
       from hours_conversion where archived_at is null order by code, valid_from`,
    );
    return rows.map((r) => ({ ...r, id: toGlobalId('HoursConversion', r.id) }));
  }

  @Mutation(() => ComplianceRulePayload, {
    description: '新增学时规则版本 (add a rule version in force from validFrom: results change from that date without a release; the version in force then ends on that day)',
  })
  async addComplianceRuleVersion(
    @Arg('input', () => AddComplianceRuleVersionInput, { description: '规则内容及生效日期 (the rule and its effective date)' }) input: AddComplianceRuleVersionInput,
    @Ctx() ctx: Context,
  ): Promise<ComplianceRulePayload> {
    await validateInput(input);
    if (input.minHours == null && input.minDays == null && input.code !== 'THEORY_CYCLE') {
      throw new BadInputError('A rule needs minHours or minDays.', 'input.minHours');
    }
    if ((input.yellowBehind ?? 0.1) > (input.redBehind ?? 0.3)) throw new BadInputError('yellowBehind must not exceed redBehind.', 'input.yellowBehind');
    const { pk, previousPk } = await inTransaction(ctx, async (em) => {
      // Serialises versioning of one rule: two admins adding versions at once cannot both close the same row.
      await txQuery(em, 'select pg_advisory_xact_lock(hashtext(?))', [`compliance_rule:${input.code}:${input.cadreGroup}`]);
      const later = await em.findOne(ComplianceRuleEntity, { code: input.code, cadreGroup: input.cadreGroup, archivedAt: null, validFrom: { $gte: input.validFrom } });
      if (later) {
        throw new ConflictError(`A version of ${input.code}/${input.cadreGroup} already starts on ${later.validFrom}; add versions in date order.`, ErrorCode.CONFLICT, {
          field: 'input.validFrom',
        });
      }
      const previous = await em.findOne(
        ComplianceRuleEntity,
        { code: input.code, cadreGroup: input.cadreGroup, archivedAt: null, validFrom: { $lt: input.validFrom }, $or: [{ validTo: null }, { validTo: { $gt: input.validFrom } }] },
        { orderBy: { validFrom: 'desc' } },
      );
      if (previous) previous.validTo = input.validFrom;
      const rule = em.create(ComplianceRuleEntity, {
        code: input.code,
        cadreGroup: input.cadreGroup,
        minHours: input.minHours == null ? null : String(input.minHours),
        minDays: input.minDays == null ? null : String(input.minDays),
        periodKind: input.periodKind,
        periodYears: input.periodYears,
        modes: input.modes,
        recognisedOnly: input.recognisedOnly ?? false,
        classKinds: input.classKinds ?? [],
        promotionGraceMonths: input.promotionGraceMonths ?? null,
        yellowBehind: String(input.yellowBehind ?? 0.1),
        redBehind: String(input.redBehind ?? 0.3),
        validFrom: input.validFrom,
        validTo: null,
        note: input.note ?? null,
      });
      auditWrite(em, rule, { records: previous ? [rule, previous] : [rule], fields: Object.keys(input) });
      await em.flush();
      return { pk: rule.id, previousPk: previous?.id ?? null };
    });
    const rows = await ctx.read.db.query(`${RULE_SELECT} where id = any($1::int[])`, [[pk, previousPk].filter((x) => x !== null)]);
    const byId = new Map(rows.map((r) => [r.id as number, ruleRow(r)]));
    return { rule: byId.get(pk)!, previous: previousPk === null ? null : byId.get(previousPk)! };
  }
}

@Resolver(() => OverdueCadre)
export class OverdueCadreResolver {
  @FieldResolver(() => Cadre, { nullable: true, description: '干部 (the cadre; null when outside your scope)' })
  cadre(@Root() c: OverdueCadre, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(CadreModel, c.cadreId);
  }
}

@Resolver(() => CadreCompliance)
export class CadreComplianceFieldsResolver {
  @FieldResolver(() => Cadre, { nullable: true, description: '干部 (the cadre; null when outside your scope)' })
  cadre(@Root() c: CadreCompliance, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(CadreModel, c.cadreId);
  }
}

@Resolver(() => LearningMap)
export class LearningMapResolver {
  @FieldResolver(() => [Course], { description: '学过的课程 (courses taken: the records\' courses and their classes\' timetables)' })
  async courses(@Root() map: LearningMap, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const rows = await Promise.all(map.courseIds.map((pk) => ctx.read.loaders.with(info).byPk(CourseModel, pk)));
    return rows.filter((r) => r !== null);
  }

  @FieldResolver(() => [Institution], { description: '参训机构 (institutions attended: of the classes and courses)' })
  async institutions(@Root() map: LearningMap, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const rows = await Promise.all(map.institutionIds.map((pk) => ctx.read.loaders.with(info).byPk(InstitutionModel, pk)));
    return rows.filter((r) => r !== null);
  }
}
