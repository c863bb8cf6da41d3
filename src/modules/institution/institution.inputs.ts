import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { CountySchoolCategory, InstitutionKind, InstitutionLevel } from './institution.enums';
import { IdempotentInput } from '../../core/write/inputs';

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

@InputType('CreateInstitutionInput', { description: '新增培训机构 (create an institution)' })
export class CreateInstitutionInput extends IdempotentInput {
  @Length(1, 200)
  @Field({ description: '机构名称 (name)' })
  name!: string;

  @Length(1, 50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '简称 (short name)' })
  shortName?: string | null;

  @Field(() => InstitutionKind, { description: '机构类型 (kind)' })
  kind!: InstitutionKind;

  @Field(() => InstitutionLevel, { description: '机构层级 (level)' })
  level!: InstitutionLevel;

  @Field(() => ID, { description: '所在行政区划 (region id)' })
  regionId!: string;

  @Field(() => CountySchoolCategory, { nullable: true, description: '县级党校分类 (county school category; only when level is COUNTY)' })
  countyCategory?: CountySchoolCategory | null;

  @Field(() => ID, { nullable: true, description: '上级指导机构 (supervising institution id, 上级党校业务指导)' })
  supervisorId?: string | null;
}

@InputType('UpdateInstitutionInput', { description: '修改培训机构 (update an institution; absent fields stay unchanged)' })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: '培训机构 (institution id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @Length(1, 200)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '机构名称 (name)' })
  name?: string;

  @Length(1, 50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '简称 (short name; null clears it)' })
  shortName?: string | null;

  @Field(() => InstitutionKind, { nullable: true, description: '机构类型 (kind)' })
  kind?: InstitutionKind;

  @Field(() => InstitutionLevel, { nullable: true, description: '机构层级 (level)' })
  level?: InstitutionLevel;

  @Field(() => ID, { nullable: true, description: '所在行政区划 (region id)' })
  regionId?: string;

  @Field(() => CountySchoolCategory, { nullable: true, description: '县级党校分类 (county school category; only when level is COUNTY; null clears it)' })
  countyCategory?: CountySchoolCategory | null;

  @Field(() => ID, { nullable: true, description: '上级指导机构 (supervising institution id; null clears it)' })
  supervisorId?: string | null;
}
