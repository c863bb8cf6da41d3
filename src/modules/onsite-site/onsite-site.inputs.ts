import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { SiteStatus } from './onsite-site.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

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

/** The fields CreateOnsiteTeachingSiteInput and UpdateOnsiteTeachingSiteInput share: type and rules, declared once (see inputField). */
const onsiteTeachingSiteFields = {
  name: inputField(() => String, [Length(1, 200)]),
  regionId: inputField(() => ID),
  theme: inputField(() => String, [Length(1, 100)]),
  institutionId: inputField(() => ID),
  status: inputField(() => SiteStatus),
  address: inputField(() => String, [MaxLength(200)]),
};

@InputType('CreateOnsiteTeachingSiteInput', { description: '新增现场教学点 (create an onsite teaching site)' })
export class CreateOnsiteTeachingSiteInput extends IdempotentInput {
  @onsiteTeachingSiteFields.name.required('教学点名称 (name)')
  name!: string;

  @onsiteTeachingSiteFields.regionId.required('所在行政区划 (region id)')
  regionId!: string;

  @onsiteTeachingSiteFields.theme.required('教学主题 (theme)')
  theme!: string;

  @onsiteTeachingSiteFields.institutionId.required('管理机构 (managing institution id)')
  institutionId!: string;

  @onsiteTeachingSiteFields.status.optional('状态 (status; default ACTIVE)')
  status?: SiteStatus | null;

  @onsiteTeachingSiteFields.address.optional('地址 (address)')
  address?: string | null;
}

@InputType('UpdateOnsiteTeachingSiteInput', { description: '修改现场教学点 (update an onsite teaching site; absent fields stay unchanged)' })
export class UpdateOnsiteTeachingSiteInput {
  @Field(() => ID, { description: '现场教学点 (site id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @onsiteTeachingSiteFields.name.optional('教学点名称 (name)')
  name?: string;

  @onsiteTeachingSiteFields.regionId.optional('所在行政区划 (region id)')
  regionId?: string;

  @onsiteTeachingSiteFields.theme.optional('教学主题 (theme)')
  theme?: string;

  @onsiteTeachingSiteFields.institutionId.optional('管理机构 (managing institution id)')
  institutionId?: string;

  @onsiteTeachingSiteFields.status.optional('状态 (status: 正常使用/已调整/已撤销)')
  status?: SiteStatus;

  @onsiteTeachingSiteFields.address.optional('地址 (address; null clears it)')
  address?: string | null;
}
