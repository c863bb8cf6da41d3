import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { IdempotentInput } from '../../core/write/inputs';

/** Codes are short identifiers such as `FJ-GBWX` (福建干部网络学院). */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const URL = /^https?:\/\/\S+$/;

@InputType('PlatformFilter', { description: '培训平台筛选条件 (platform filter)' })
export class PlatformFilter {
  @Field(() => Boolean, { nullable: true, description: '是否认可 (recognised platforms only / unrecognised only)' })
  isRecognised?: boolean | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '关键词，匹配代码、名称或主办单位 (keyword in code, name or owner)' })
  keyword?: string | null;
}

@InputType('CreatePlatformInput', { description: '新增培训平台 (create a platform)' })
export class CreatePlatformInput extends IdempotentInput {
  @Length(1, 32)
  @Matches(CODE, { message: 'must be letters, digits, "_", "." or "-"' })
  @Field({ description: '平台代码 (unique code; letters, digits, "_", "." or "-")' })
  code!: string;

  @Length(1, 200)
  @Field({ description: '平台名称 (name)' })
  name!: string;

  @Length(1, 200)
  @Field({ description: '主办单位 (owner)' })
  owner!: string;

  @Field(() => Boolean, { nullable: true, description: '是否经组织人事部门认可 (recognised; default false)' })
  isRecognised?: boolean | null;

  @MaxLength(300)
  @Matches(URL, { message: 'must be an http(s) URL' })
  @IsOptional()
  @Field(() => String, { nullable: true, description: '平台网址 (http(s) URL)' })
  url?: string | null;
}

@InputType('UpdatePlatformInput', { description: '修改培训平台 (update a platform; absent fields stay unchanged)' })
export class UpdatePlatformInput {
  @Field(() => ID, { description: '培训平台 (platform id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @Length(1, 32)
  @Matches(CODE, { message: 'must be letters, digits, "_", "." or "-"' })
  @IsOptional()
  @Field(() => String, { nullable: true, description: '平台代码 (unique code)' })
  code?: string;

  @Length(1, 200)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '平台名称 (name)' })
  name?: string;

  @Length(1, 200)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '主办单位 (owner)' })
  owner?: string;

  @Field(() => Boolean, { nullable: true, description: '是否经组织人事部门认可 (recognised)' })
  isRecognised?: boolean;

  @MaxLength(300)
  @Matches(URL, { message: 'must be an http(s) URL' })
  @IsOptional()
  @Field(() => String, { nullable: true, description: '平台网址 (http(s) URL; null clears it)' })
  url?: string | null;
}
