import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { DateScalar } from '../../core/scalars';
import { Sector } from '../unit/unit.enums';
import { CadreCategory, CadreRank, CadreStatus, Gender } from './cadre.enums';

/** 干部: the read type. Relations (unit, region, training records…) resolve in CadreResolver. */
@ObjectType('Cadre', { description: '干部 (a cadre in the training plan\'s scope)', simpleResolvers: true })
export class Cadre extends RecordType {
  unitId!: number;
  regionId!: number;

  @Field({ description: '姓名 (name)' })
  name!: string;

  @Field(() => Gender, { description: '性别 (gender)' })
  gender!: Gender;

  @Field(() => DateScalar, { description: '出生日期 (birth date; SENSITIVE)' })
  birthDate!: string;

  @Field({ description: '身份证号 (ID-card number; RESTRICTED)' })
  idCardNumber!: string;

  @Field(() => String, { nullable: true, description: '联系电话 (phone; SENSITIVE)' })
  phone!: string | null;

  @Field(() => Sector, { description: '行业系统 (sector)' })
  sector!: Sector;

  @Field(() => CadreCategory, { description: '干部类别 (category in the hours table, 附件1)' })
  category!: CadreCategory;

  @Field(() => CadreRank, { description: '职级 (rank)' })
  rank!: CadreRank;

  @Field({ description: '职务 (position)' })
  position!: string;

  @Field({ description: '是否一把手 (principal leader)' })
  isPrincipalLeader!: boolean;

  @Field({ description: '是否年轻干部 (young cadre)' })
  isYoungCadre!: boolean;

  @Field(() => DateScalar, { nullable: true, description: '任现职时间 (appointed to the current post at)' })
  appointedAt!: string | null;

  @Field(() => CadreStatus, { description: '状态 (status)' })
  status!: CadreStatus;
}
