import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { Sector, UnitKind } from './unit.enums';

@ObjectType('Unit', { description: '单位 (a work unit where cadres serve)', simpleResolvers: true })
export class Unit extends RecordType {
  regionId!: number;

  @Field({ description: '单位名称 (name)' })
  name!: string;

  @Field(() => UnitKind, { description: '单位类型 (kind)' })
  kind!: UnitKind;

  @Field(() => Sector, { description: '行业系统 (sector)' })
  sector!: Sector;
}
