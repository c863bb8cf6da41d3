import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { DateScalar } from '../../core/scalars';
import { Sector } from '../unit/unit.enums';
import { CadreCategory, CadreRank, CadreStatus, Gender, ManagementLevel, PrincipalPost, VillageRole } from './cadre.enums';

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

  @Field(() => ManagementLevel, { description: '干部管理层级：省管、市管、县管或其他 (which organisation department manages the cadre)' })
  managementLevel!: ManagementLevel;

  @Field({ description: '是否党委(党组)领导班子成员 (member of a party committee\'s or leading party group\'s leadership team)' })
  isLeadershipTeamMember!: boolean;

  @Field(() => PrincipalPost, { nullable: true, description: '重点岗位：市县党政正职、乡镇(街道)党政正职、分管党建副书记、组织委员等 (the post the plan\'s annexes select on; null if none)' })
  principalPost!: PrincipalPost | null;

  @Field({ description: '是否国有企业领导班子成员，省管层级即省管企业领导班子成员 (member of an SOE leadership team; with managementLevel PROVINCIAL, of a provincially managed SOE)' })
  isSoeLeadershipMember!: boolean;

  @Field(() => VillageRole, { nullable: true, description: '村(社区)职务 (village or community role; null if none)' })
  villageRole!: VillageRole | null;

  @Field({ description: '是否选调生 (selected graduate recruited for grassroots posts)' })
  isSelectedGraduate!: boolean;

  @Field({ description: '是否党务干部 (party-affairs cadre)' })
  isPartyAffairsCadre!: boolean;

  @Field(() => DateScalar, { nullable: true, description: '录用为公务员日期，新录用公务员据此确定 (date of entry into the civil service; identifies newly recruited civil servants)' })
  civilServiceEntryDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '任县处级或四级调研员(及相当层次)以上职务职级时间 (since when the cadre holds a county/division-level post or a rank of 四级调研员 or equivalent and above; prorates group A\'s hours)' })
  seniorLevelSince!: string | null;

  @Field(() => CadreStatus, { description: '状态 (status)' })
  status!: CadreStatus;
}
