import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { CountySchoolCategory, InstitutionKind, InstitutionLevel } from './institution.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

@InputType('InstitutionFilter', { description: '培训机构筛选条件 (institution filter)' })
export class InstitutionFilter {
  @Field(() => [InstitutionKind], { nullable: true, description: '机构类型，任一 (any of these kinds)' })
  kind?: InstitutionKind[] | null;

  @Field(() => [InstitutionLevel], { nullable: true, description: '机构层级，任一 (any of these levels)' })
  level?: InstitutionLevel[] | null;

  @Field(() => String, { nullable: true, description: '行政区划代码，含下级 (region code; the whole subtree)' })
  regionCode?: string | null;

  @Field(() => [CountySchoolCategory], { nullable: true, description: '县级党校分类，任一 (any of these county school categories)' })
  countyCategory?: CountySchoolCategory[] | null;

  @Field(() => ID, { nullable: true, description: '上级指导机构 (institutions guided by this supervisor)' })
  supervisorId?: string | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '名称或简称关键词 (name or short-name keyword)' })
  keyword?: string | null;
}

/** The fields CreateInstitutionInput and UpdateInstitutionInput share: type and rules, declared once (see inputField). */
const institutionFields = {
  name: inputField(() => String, [Length(1, 200)]),
  shortName: inputField(() => String, [Length(1, 50)]),
  kind: inputField(() => InstitutionKind),
  level: inputField(() => InstitutionLevel),
  regionId: inputField(() => ID),
  countyCategory: inputField(() => CountySchoolCategory),
  supervisorId: inputField(() => ID),
};

@InputType('CreateInstitutionInput', { description: '新增培训机构 (create an institution)' })
export class CreateInstitutionInput extends IdempotentInput {
  @institutionFields.name.required('机构名称 (name)')
  name!: string;

  @institutionFields.shortName.optional('简称 (short name)')
  shortName?: string | null;

  @institutionFields.kind.required('机构类型 (kind)')
  kind!: InstitutionKind;

  @institutionFields.level.required('机构层级 (level)')
  level!: InstitutionLevel;

  @institutionFields.regionId.required('所在行政区划 (region id)')
  regionId!: string;

  @institutionFields.countyCategory.optional('县级党校分类 (county school category; only when level is COUNTY)')
  countyCategory?: CountySchoolCategory | null;

  @institutionFields.supervisorId.optional('上级指导机构 (supervising institution id, 上级党校业务指导)')
  supervisorId?: string | null;
}

@InputType('UpdateInstitutionInput', { description: '修改培训机构 (update an institution; absent fields stay unchanged)' })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: '培训机构 (institution id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @institutionFields.name.optional('机构名称 (name)')
  name?: string;

  @institutionFields.shortName.optional('简称 (short name; null clears it)')
  shortName?: string | null;

  @institutionFields.kind.optional('机构类型 (kind)')
  kind?: InstitutionKind;

  @institutionFields.level.optional('机构层级 (level)')
  level?: InstitutionLevel;

  @institutionFields.regionId.optional('所在行政区划 (region id)')
  regionId?: string;

  @institutionFields.countyCategory.optional('县级党校分类 (county school category; only when level is COUNTY; null clears it)')
  countyCategory?: CountySchoolCategory | null;

  @institutionFields.supervisorId.optional('上级指导机构 (supervising institution id; null clears it)')
  supervisorId?: string | null;
}
