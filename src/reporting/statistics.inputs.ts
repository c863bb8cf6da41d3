import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../core/scalars';
import { CadreCategory } from '../modules/cadre/cadre.enums';
import { Sector } from '../modules/unit/unit.enums';
import { TrainingMode, VerificationStatus } from '../modules/training-record/training-record.enums';

@InputType('TrainingStatisticsFilter', { description: '培训统计筛选条件 (which records are counted; every condition narrows your scope, never widens it)' })
export class TrainingStatisticsFilter {
  @Field(() => DateScalar, { nullable: true, description: '起始日期 (records whose end date is on or after this day)' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '截止日期 (records whose end date is on or before this day)' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: '行政区划代码，含下级 (cadre\'s region code; the whole subtree; outside your scope: no rows)' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '单位 (cadre\'s unit id)' })
  unitId?: string | null;

  @Field(() => [Sector], { nullable: true, description: '行业系统，任一 (cadre\'s sector, any of these)' })
  sector?: Sector[] | null;

  @Field(() => [CadreCategory], { nullable: true, description: '干部类别，任一 (cadre category, any of these)' })
  category?: CadreCategory[] | null;

  @Field(() => [TrainingMode], { nullable: true, description: '培训形式，任一 (record mode, any of these)' })
  mode?: TrainingMode[] | null;

  @Field(() => [VerificationStatus], { nullable: true, description: '核验状态，任一 (default: VERIFIED only, as compliance counts them)' })
  verificationStatus?: VerificationStatus[] | null;
}

@InputType('AssignmentStatisticsFilter', { description: '调训统计筛选条件 (which assignments are counted)' })
export class AssignmentStatisticsFilter {
  @Field(() => DateScalar, { nullable: true, description: '起始日期 (classes starting on or after this day)' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '截止日期 (classes starting on or before this day)' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: '行政区划代码，含下级 (cadre\'s region code; the whole subtree)' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '单位 (cadre\'s unit id)' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: '培训机构 (the class\'s institution id)' })
  institutionId?: string | null;
}
