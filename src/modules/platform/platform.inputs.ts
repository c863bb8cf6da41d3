import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

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

/** The fields CreatePlatformInput and UpdatePlatformInput share: type and rules, declared once (see inputField). */
const platformFields = {
  code: inputField(() => String, [Length(1, 32), Matches(CODE, { message: 'must be letters, digits, "_", "." or "-"' })]),
  name: inputField(() => String, [Length(1, 200)]),
  owner: inputField(() => String, [Length(1, 200)]),
  isRecognised: inputField(() => Boolean),
  url: inputField(() => String, [MaxLength(300), Matches(URL, { message: 'must be an http(s) URL' })]),
};

@InputType('CreatePlatformInput', { description: '新增培训平台 (create a platform)' })
export class CreatePlatformInput extends IdempotentInput {
  @platformFields.code.required('平台代码 (unique code; letters, digits, "_", "." or "-")')
  code!: string;

  @platformFields.name.required('平台名称 (name)')
  name!: string;

  @platformFields.owner.required('主办单位 (owner)')
  owner!: string;

  @platformFields.isRecognised.optional('是否经组织人事部门认可 (recognised; default false)')
  isRecognised?: boolean | null;

  @platformFields.url.optional('平台网址 (http(s) URL)')
  url?: string | null;
}

@InputType('UpdatePlatformInput', { description: '修改培训平台 (update a platform; absent fields stay unchanged)' })
export class UpdatePlatformInput {
  @Field(() => ID, { description: '培训平台 (platform id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @platformFields.code.optional('平台代码 (unique code)')
  code?: string;

  @platformFields.name.optional('平台名称 (name)')
  name?: string;

  @platformFields.owner.optional('主办单位 (owner)')
  owner?: string;

  @platformFields.isRecognised.optional('是否经组织人事部门认可 (recognised)')
  isRecognised?: boolean;

  @platformFields.url.optional('平台网址 (http(s) URL; null clears it)')
  url?: string | null;
}
