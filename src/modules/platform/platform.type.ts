import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';

/** 培训平台: the read type. Its training records resolve in PlatformResolver. */
@ObjectType('Platform', { description: '培训平台 (a training platform whose records the hub imports)', simpleResolvers: true })
export class Platform extends RecordType {
  @Field({ description: '平台代码 (unique platform code)' })
  code!: string;

  @Field({ description: '平台名称 (name)' })
  name!: string;

  @Field({ description: '主办单位 (owner: the agency running the platform)' })
  owner!: string;

  @Field({ description: '是否经组织人事部门认可 (recognised; only recognised platforms\' self-study hours count)' })
  isRecognised!: boolean;

  @Field(() => String, { nullable: true, description: '平台网址 (URL)' })
  url!: string | null;
}
