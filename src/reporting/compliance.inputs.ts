import { Field, Float, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { DateScalar } from '../core/scalars';
import { TrainingMode } from '../modules/training-record/training-record.enums';
import { ClassKind } from '../modules/training-class/training-class.enums';
import { CadreGroup, PeriodKind, RuleCode } from '../modules/rules/compliance.enums';

@InputType('AddComplianceRuleVersionInput', {
  description: '新增学时规则版本 (add a version of a compliance rule, in force from validFrom; the previous version ends that day)',
})
export class AddComplianceRuleVersionInput {
  @Field(() => RuleCode, { description: '规则种类 (which rule)' })
  code!: RuleCode;

  @Field(() => CadreGroup, { description: '适用分组 (the group it applies to; ALL for every group without its own row)' })
  cadreGroup!: CadreGroup;

  @Min(0)
  @Max(99999)
  @IsOptional()
  @Field(() => Float, { nullable: true, description: '最低学时 (minimum hours)' })
  minHours?: number | null;

  @Min(0)
  @Max(9999)
  @IsOptional()
  @Field(() => Float, { nullable: true, description: '最低天数 (minimum days, the alternative to hours)' })
  minDays?: number | null;

  @Field(() => PeriodKind, { description: '考核周期 (how the window is drawn)' })
  periodKind!: PeriodKind;

  @Min(1)
  @Max(10)
  @Field(() => Int, { description: '周期年数 (period length in years)' })
  periodYears!: number;

  @ArrayMaxSize(10)
  @Field(() => [TrainingMode], { description: '计入的培训形式 (training modes that count)' })
  modes!: TrainingMode[];

  @Field(() => Boolean, { nullable: true, description: '仅认可平台 (only recognised platforms count; default false)' })
  recognisedOnly?: boolean | null;

  @ArrayMaxSize(20)
  @IsOptional()
  @Field(() => [ClassKind], { nullable: true, description: '计入的班次类型 (class kinds that count, for the theory cycle)' })
  classKinds?: ClassKind[] | null;

  @Min(1)
  @Max(120)
  @IsOptional()
  @Field(() => Int, { nullable: true, description: '新提任宽限月数 (months a newly promoted cadre has to comply)' })
  promotionGraceMonths?: number | null;

  @Min(0)
  @Max(1)
  @IsOptional()
  @Field(() => Float, { nullable: true, description: '黄色阈值 (YELLOW when behind the pace line by more than this share of the requirement; default 0.1)' })
  yellowBehind?: number | null;

  @Min(0)
  @Max(1)
  @IsOptional()
  @Field(() => Float, { nullable: true, description: '红色阈值 (RED when behind by more than this share; default 0.3)' })
  redBehind?: number | null;

  @Field(() => DateScalar, { description: '生效日期 (in force from this date)' })
  validFrom!: string;

  @MaxLength(500)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '说明 (note, e.g. the document that changed it)' })
  note?: string | null;
}
