import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { SiteStatus } from './onsite-site.enums';

/** 现场教学点: the read type. Region and institution resolve in OnsiteTeachingSiteResolver. */
@ObjectType('OnsiteTeachingSite', { description: '现场教学点 (an onsite teaching site: a place where classes learn on location)', simpleResolvers: true })
export class OnsiteTeachingSite extends RecordType {
  regionId!: number;
  institutionId!: number;

  @Field({ description: '教学点名称 (name)' })
  name!: string;

  @Field({ description: '教学主题 (theme, e.g. 四下基层、木兰溪治理)' })
  theme!: string;

  @Field(() => SiteStatus, { description: '状态 (status: active, adjusted or revoked)' })
  status!: SiteStatus;

  @Field(() => String, { nullable: true, description: '地址 (address)' })
  address!: string | null;
}
