import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { SiteStatus } from './onsite-site.enums';
import { IdempotentInput } from '../../core/write/inputs';

@InputType('OnsiteTeachingSiteFilter', { description: '现场教学点筛选条件 (onsite teaching site filter)' })
export class OnsiteTeachingSiteFilter {
  @Field(() => String, { nullable: true, description: '行政区划代码，含下级 (region code; the whole subtree)' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '管理机构 (managing institution id)' })
  institutionId?: string | null;

  @Field(() => [SiteStatus], { nullable: true, description: '状态，任一 (any of these statuses)' })
  status?: SiteStatus[] | null;

  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  @IsOptional()
  @Field(() => [String], { nullable: true, description: '教学主题，任一 (any of these themes, matched exactly)' })
  theme?: string[] | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '关键词，匹配名称、主题、地址 (keyword over name, theme and address)' })
  keyword?: string | null;
}

@InputType('CreateOnsiteTeachingSiteInput', { description: '新增现场教学点 (create an onsite teaching site)' })
export class CreateOnsiteTeachingSiteInput extends IdempotentInput {
  @Length(1, 200)
  @Field({ description: '教学点名称 (name)' })
  name!: string;

  @Field(() => ID, { description: '所在行政区划 (region id)' })
  regionId!: string;

  @Length(1, 100)
  @Field({ description: '教学主题 (theme)' })
  theme!: string;

  @Field(() => ID, { description: '管理机构 (managing institution id)' })
  institutionId!: string;

  @Field(() => SiteStatus, { nullable: true, description: '状态 (status; default ACTIVE)' })
  status?: SiteStatus | null;

  @MaxLength(200)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '地址 (address)' })
  address?: string | null;
}

@InputType('UpdateOnsiteTeachingSiteInput', { description: '修改现场教学点 (update an onsite teaching site; absent fields stay unchanged)' })
export class UpdateOnsiteTeachingSiteInput {
  @Field(() => ID, { description: '现场教学点 (site id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @Length(1, 200)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '教学点名称 (name)' })
  name?: string;

  @Field(() => ID, { nullable: true, description: '所在行政区划 (region id)' })
  regionId?: string;

  @Length(1, 100)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '教学主题 (theme)' })
  theme?: string;

  @Field(() => ID, { nullable: true, description: '管理机构 (managing institution id)' })
  institutionId?: string;

  @Field(() => SiteStatus, { nullable: true, description: '状态 (status: 正常使用/已调整/已撤销)' })
  status?: SiteStatus;

  @MaxLength(200)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '地址 (address; null clears it)' })
  address?: string | null;
}
