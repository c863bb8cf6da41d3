import { Field, Float, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DateScalar } from '../core/scalars';
import { TrainingMode } from '../modules/training-record/training-record.enums';
import { ClassKind } from '../modules/training-class/training-class.enums';
import { InstitutionKind, InstitutionLevel } from '../modules/institution/institution.enums';
import { CoverageCycleKind, CoverageKind } from '../modules/rules/coverage.enums';

@InputType('AddCoverageRuleVersionInput', {
  description: '新增覆盖规则版本 (add a version of a coverage rule, in force from validFrom; the version in force then ends that day)',
})
export class AddCoverageRuleVersionInput {
  @Matches(/^[A-Z][A-Z0-9_]{0,47}$/, { message: 'code must be upper-case letters, digits and underscores, at most 48' })
  @Field({ description: '规则代码 (stable key: a new code starts a new rule, an existing one adds a version)' })
  code!: string;

  @MinLength(1)
  @MaxLength(200)
  @Field({ description: '规则名称 (name in Chinese)' })
  name!: string;

  @MinLength(1)
  @MaxLength(100)
  @Field({ description: '依据 (the plan annex, e.g. 附件3.2)' })
  basis!: string;

  @Field(() => CoverageKind, { description: '规则种类 (per person, or a share of the population)' })
  kind!: CoverageKind;

  @ArrayMaxSize(4)
  @IsOptional()
  @Field(() => [String], { nullable: true, description: '干部管理层级，任一 (PROVINCIAL, CITY, COUNTY, OTHER; empty: any)' })
  managementLevels?: string[] | null;

  @ArrayMaxSize(5)
  @IsOptional()
  @Field(() => [String], { nullable: true, description: '主要职务，任一 (CITY_COUNTY_PRINCIPAL, TOWNSHIP_PRINCIPAL, TOWNSHIP_PARTY_BUILDING_DEPUTY, TOWNSHIP_ORGANIZATION_MEMBER, UNIT_PRINCIPAL)' })
  principalPosts?: string[] | null;

  @ArrayMaxSize(5)
  @IsOptional()
  @Field(() => [String], { nullable: true, description: '村(社区)职务，任一 (PARTY_SECRETARY, COMMITTEE_DIRECTOR, FIRST_SECRETARY, WORK_TEAM_MEMBER, OTHER_VILLAGE_CADRE)' })
  villageRoles?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: '党委领导班子成员 (null: no condition)' })
  leadershipTeam?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '年轻干部 (null: no condition)' })
  young?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '省管企业领导班子成员 (null: no condition)' })
  soeLeadership?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '选调生 (null: no condition)' })
  selectedGraduate?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '党务干部 (null: no condition)' })
  partyAffairs?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '新录用公务员 (null: no condition)' })
  newCivilServant?: boolean | null;

  @Field(() => CoverageCycleKind, { description: '周期 (how the cycle is drawn)' })
  cycleKind!: CoverageCycleKind;

  @Min(1)
  @Max(120)
  @IsOptional()
  @Field(() => Int, { nullable: true, description: '周期月数 (required for ROLLING and FROM_ENTRY)' })
  cycleMonths?: number | null;

  @Min(0)
  @Max(120)
  @IsOptional()
  @Field(() => Int, { nullable: true, description: '预警月数 (yellow from this many months before the due date; default 0)' })
  warnMonths?: number | null;

  @Min(0.001)
  @Max(1)
  @IsOptional()
  @Field(() => Float, { nullable: true, description: '最低比例 (required for SHARE rules, 0–1, three places)' })
  shareMin?: number | null;

  @ArrayMaxSize(10)
  @IsOptional()
  @Field(() => [TrainingMode], { nullable: true, description: '计入的培训形式 (empty: any)' })
  modes?: TrainingMode[] | null;

  @ArrayMaxSize(20)
  @IsOptional()
  @Field(() => [ClassKind], { nullable: true, description: '计入的班次类型 (empty: any)' })
  classKinds?: ClassKind[] | null;

  @ArrayMaxSize(10)
  @IsOptional()
  @Field(() => [InstitutionLevel], { nullable: true, description: '计入的机构层级 (list every level that qualifies, e.g. 市级以上 = NATIONAL, PROVINCIAL, MUNICIPAL; empty: any)' })
  institutionLevels?: InstitutionLevel[] | null;

  @ArrayMaxSize(10)
  @IsOptional()
  @Field(() => [InstitutionKind], { nullable: true, description: '计入的机构类型 (empty: any)' })
  institutionKinds?: InstitutionKind[] | null;

  @Field(() => DateScalar, { description: '生效日期 (in force from this date)' })
  validFrom!: string;

  @MaxLength(500)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '说明 (note: the reading of the plan, the document that changed it)' })
  note?: string | null;
}
