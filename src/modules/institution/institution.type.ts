import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { CountySchoolCategory, InstitutionKind, InstitutionLevel } from './institution.enums';

/** 培训机构: the read type. Relations (region, supervisor, teachers, courses…) resolve in InstitutionResolver. */
@ObjectType('Institution', {
  description: '培训机构 (a training institution: party school, cadre college, sector or online academy…)',
  simpleResolvers: true,
})
export class Institution extends RecordType {
  regionId!: number;
  supervisorId!: number | null;

  @Field({ description: '机构名称 (name)' })
  name!: string;

  @Field(() => String, { nullable: true, description: '简称 (short name)' })
  shortName!: string | null;

  @Field(() => InstitutionKind, { description: '机构类型 (kind)' })
  kind!: InstitutionKind;

  @Field(() => InstitutionLevel, { description: '机构层级 (level: provincial, municipal or county)' })
  level!: InstitutionLevel;

  @Field(() => CountySchoolCategory, { nullable: true, description: '县级党校分类 (county party school category; county level only)' })
  countyCategory!: CountySchoolCategory | null;
}
