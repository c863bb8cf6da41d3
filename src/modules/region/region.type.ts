import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { RegionLevel } from './region.enums';

@ObjectType('Region', { description: '行政区划 (a GB/T 2260 administrative region; a jurisdiction is a region subtree)', simpleResolvers: true })
export class Region extends RecordType {
  parentId!: number | null;

  @Field({ description: '区划代码 (GB/T 2260 code, e.g. 350200)' })
  code!: string;

  @Field({ description: '名称 (name)' })
  name!: string;

  @Field(() => RegionLevel, { description: '级别 (level)' })
  level!: RegionLevel;
}
