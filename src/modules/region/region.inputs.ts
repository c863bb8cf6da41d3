import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { RegionLevel } from './region.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

const CODE = /^\d{6}$/;

@InputType('RegionFilter', { description: '行政区划筛选条件 (region filter)' })
export class RegionFilter {
  @Field(() => String, { nullable: true, description: '上级区划代码 (direct children of this code)' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: '区划代码，含下级 (this region and its whole subtree)' })
  withinCode?: string | null;

  @Field(() => [RegionLevel], { nullable: true, description: '级别，任一 (any of these levels)' })
  level?: RegionLevel[] | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '名称关键词 (name keyword)' })
  keyword?: string | null;
}

/** The fields CreateRegionInput and UpdateRegionInput share: type and rules, declared once (see inputField). */
const regionFields = {
  name: inputField(() => String, [Length(1, 100)]),
};

@InputType('CreateRegionInput', { description: '新增行政区划 (create a region)' })
export class CreateRegionInput extends IdempotentInput {
  @Matches(CODE, { message: 'must be a six-digit GB/T 2260 code' })
  @Field({ description: '区划代码 (GB/T 2260 code)' })
  code!: string;

  @regionFields.name.required('名称 (name)')
  name!: string;

  @Field(() => RegionLevel, { description: '级别 (level)' })
  level!: RegionLevel;

  @Field(() => ID, { nullable: true, description: '上级区划 (parent region id; absent for the province)' })
  parentId?: string | null;
}

@InputType('UpdateRegionInput', { description: '修改行政区划 (update a region\'s name)' })
export class UpdateRegionInput {
  @Field(() => ID, { description: '行政区划 (region id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @regionFields.name.optional('名称 (name)')
  name?: string;
}
