import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, Min, ValidateBy } from 'class-validator';
import { isValidIdCard } from './id-card';
import { DateScalar } from '../../core/scalars';
import { Sector } from '../unit/unit.enums';
import { CadreCategory, CadreRank, CadreStatus, Gender, ManagementLevel, PrincipalPost, VillageRole } from './cadre.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

@InputType('CadreFilter', { description: '干部筛选条件 (cadre filter)' })
export class CadreFilter {
  @Field(() => String, { nullable: true, description: '行政区划代码，含下级 (region code; the whole subtree)' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '单位 (unit id)' })
  unitId?: string | null;

  @Field(() => [CadreCategory], { nullable: true, description: '干部类别，任一 (any of these categories)' })
  category?: CadreCategory[] | null;

  @Field(() => [CadreRank], { nullable: true, description: '职级，任一 (any of these ranks)' })
  rank?: CadreRank[] | null;

  @Field(() => [Sector], { nullable: true, description: '行业系统，任一 (any of these sectors)' })
  sector?: Sector[] | null;

  @Field(() => [CadreStatus], { nullable: true, description: '状态，任一 (any of these statuses)' })
  status?: CadreStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: '一把手 (principal leaders only / none)' })
  isPrincipalLeader?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '年轻干部 (young cadres only / none)' })
  isYoungCadre?: boolean | null;

  @Field(() => [ManagementLevel], { nullable: true, description: '干部管理层级，任一 (any of these management levels)' })
  managementLevel?: ManagementLevel[] | null;

  @Field(() => [PrincipalPost], { nullable: true, description: '重点岗位，任一 (any of these posts)' })
  principalPost?: PrincipalPost[] | null;

  @Field(() => [VillageRole], { nullable: true, description: '村(社区)职务，任一 (any of these village roles)' })
  villageRole?: VillageRole[] | null;

  @Field(() => Boolean, { nullable: true, description: '党委(党组)领导班子成员 (leadership-team members only / none)' })
  isLeadershipTeamMember?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '国有企业领导班子成员 (SOE leadership-team members only / none)' })
  isSoeLeadershipMember?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '选调生 (selected graduates only / none)' })
  isSelectedGraduate?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '党务干部 (party-affairs cadres only / none)' })
  isPartyAffairsCadre?: boolean | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '姓名关键词 (name keyword)' })
  keyword?: string | null;
}

/** A GB 11643 ID number: shape, birth date and check character. */
const IsIdCard = () =>
  ValidateBy({ name: 'isIdCard', validator: { validate: isValidIdCard, defaultMessage: () => 'must be an 18-character resident ID number with a valid check character' } });
const PHONE = /^[0-9+\- ]{5,20}$/;

/** The fields CreateCadreInput and UpdateCadreInput share: type and rules, declared once (see inputField). */
const cadreFields = {
  name: inputField(() => String, [Length(1, 50)]),
  gender: inputField(() => Gender),
  birthDate: inputField(() => DateScalar),
  idCardNumber: inputField(() => String, [IsIdCard()]),
  phone: inputField(() => String, [Matches(PHONE, { message: 'must be a phone number' })]),
  unitId: inputField(() => ID),
  regionId: inputField(() => ID),
  sector: inputField(() => Sector),
  category: inputField(() => CadreCategory),
  rank: inputField(() => CadreRank),
  position: inputField(() => String, [Length(1, 100)]),
  isPrincipalLeader: inputField(() => Boolean),
  isYoungCadre: inputField(() => Boolean),
  appointedAt: inputField(() => DateScalar),
  managementLevel: inputField(() => ManagementLevel),
  isLeadershipTeamMember: inputField(() => Boolean),
  principalPost: inputField(() => PrincipalPost),
  isSoeLeadershipMember: inputField(() => Boolean),
  villageRole: inputField(() => VillageRole),
  isSelectedGraduate: inputField(() => Boolean),
  isPartyAffairsCadre: inputField(() => Boolean),
  civilServiceEntryDate: inputField(() => DateScalar),
  seniorLevelSince: inputField(() => DateScalar),
};

/** The annexes' selection attributes, in the order both inputs declare them. */
export const CADRE_ATTRIBUTE_KEYS = [
  'managementLevel',
  'isLeadershipTeamMember',
  'principalPost',
  'isSoeLeadershipMember',
  'villageRole',
  'isSelectedGraduate',
  'isPartyAffairsCadre',
  'civilServiceEntryDate',
  'seniorLevelSince',
] as const;

@InputType('CreateCadreInput', { description: '新增干部 (create a cadre)' })
export class CreateCadreInput extends IdempotentInput {
  @cadreFields.name.required('姓名 (name)')
  name!: string;

  @cadreFields.gender.required('性别 (gender)')
  gender!: Gender;

  @cadreFields.birthDate.required('出生日期 (birth date)')
  birthDate!: string;

  @cadreFields.idCardNumber.required('身份证号 (ID-card number)')
  idCardNumber!: string;

  @cadreFields.phone.optional('联系电话 (phone)')
  phone?: string | null;

  @cadreFields.unitId.required('单位 (unit id); region and sector default to the unit\'s')
  unitId!: string;

  @cadreFields.regionId.optional('行政区划 (region id; defaults to the unit\'s region)')
  regionId?: string | null;

  @cadreFields.sector.optional('行业系统 (sector; defaults to the unit\'s sector)')
  sector?: Sector | null;

  @cadreFields.category.required('干部类别 (category)')
  category!: CadreCategory;

  @cadreFields.rank.required('职级 (rank)')
  rank!: CadreRank;

  @cadreFields.position.required('职务 (position)')
  position!: string;

  @cadreFields.isPrincipalLeader.optional('是否一把手 (principal leader)')
  isPrincipalLeader?: boolean | null;

  @cadreFields.isYoungCadre.optional('是否年轻干部 (young cadre)')
  isYoungCadre?: boolean | null;

  @cadreFields.appointedAt.optional('任现职时间 (appointed at)')
  appointedAt?: string | null;

  @cadreFields.managementLevel.optional('干部管理层级 (management level; default OTHER)')
  managementLevel?: ManagementLevel | null;

  @cadreFields.isLeadershipTeamMember.optional('是否党委(党组)领导班子成员 (leadership-team member; default false)')
  isLeadershipTeamMember?: boolean | null;

  @cadreFields.principalPost.optional('重点岗位 (principal post; not together with villageRole)')
  principalPost?: PrincipalPost | null;

  @cadreFields.isSoeLeadershipMember.optional('是否国有企业领导班子成员 (SOE leadership-team member; default false)')
  isSoeLeadershipMember?: boolean | null;

  @cadreFields.villageRole.optional('村(社区)职务 (village or community role; not together with principalPost)')
  villageRole?: VillageRole | null;

  @cadreFields.isSelectedGraduate.optional('是否选调生 (selected graduate; default false)')
  isSelectedGraduate?: boolean | null;

  @cadreFields.isPartyAffairsCadre.optional('是否党务干部 (party-affairs cadre; default false)')
  isPartyAffairsCadre?: boolean | null;

  @cadreFields.civilServiceEntryDate.optional('录用为公务员日期 (civil-service entry date; from the 16th birthday to today)')
  civilServiceEntryDate?: string | null;

  @cadreFields.seniorLevelSince.optional('任县处级或四级调研员以上时间 (at county/division level or 四级调研员 and above since; from the 16th birthday to today)')
  seniorLevelSince?: string | null;
}

@InputType('UpdateCadreInput', { description: '修改干部 (update a cadre; absent fields stay unchanged)' })
export class UpdateCadreInput {
  @Field(() => ID, { description: '干部 (cadre id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @cadreFields.name.optional('姓名 (name)')
  name?: string;

  @cadreFields.gender.optional('性别 (gender)')
  gender?: Gender;

  @cadreFields.birthDate.optional('出生日期 (birth date)')
  birthDate?: string;

  @cadreFields.idCardNumber.optional('身份证号 (ID-card number)')
  idCardNumber?: string;

  @cadreFields.phone.optional('联系电话 (phone)')
  phone?: string | null;

  @cadreFields.unitId.optional('单位 (unit id; 人事调动 — a transfer keeps the history)')
  unitId?: string;

  @cadreFields.regionId.optional('行政区划 (region id)')
  regionId?: string;

  @cadreFields.sector.optional('行业系统 (sector)')
  sector?: Sector;

  @cadreFields.category.optional('干部类别 (category)')
  category?: CadreCategory;

  @cadreFields.rank.optional('职级 (rank)')
  rank?: CadreRank;

  @cadreFields.position.optional('职务 (position)')
  position?: string;

  @cadreFields.isPrincipalLeader.optional('是否一把手 (principal leader)')
  isPrincipalLeader?: boolean;

  @cadreFields.isYoungCadre.optional('是否年轻干部 (young cadre)')
  isYoungCadre?: boolean;

  @cadreFields.appointedAt.optional('任现职时间 (appointed at)')
  appointedAt?: string | null;

  @cadreFields.managementLevel.optional('干部管理层级 (management level)')
  managementLevel?: ManagementLevel;

  @cadreFields.isLeadershipTeamMember.optional('是否党委(党组)领导班子成员 (leadership-team member)')
  isLeadershipTeamMember?: boolean;

  @cadreFields.principalPost.optional('重点岗位 (principal post; null clears it; not together with villageRole)')
  principalPost?: PrincipalPost | null;

  @cadreFields.isSoeLeadershipMember.optional('是否国有企业领导班子成员 (SOE leadership-team member)')
  isSoeLeadershipMember?: boolean;

  @cadreFields.villageRole.optional('村(社区)职务 (village or community role; null clears it; not together with principalPost)')
  villageRole?: VillageRole | null;

  @cadreFields.isSelectedGraduate.optional('是否选调生 (selected graduate)')
  isSelectedGraduate?: boolean;

  @cadreFields.isPartyAffairsCadre.optional('是否党务干部 (party-affairs cadre)')
  isPartyAffairsCadre?: boolean;

  @cadreFields.civilServiceEntryDate.optional('录用为公务员日期 (civil-service entry date; null clears it; from the 16th birthday to today)')
  civilServiceEntryDate?: string | null;

  @cadreFields.seniorLevelSince.optional('任县处级或四级调研员以上时间 (at county/division level or 四级调研员 and above since; null clears it; from the 16th birthday to today)')
  seniorLevelSince?: string | null;

  @Field(() => CadreStatus, { nullable: true, description: '状态 (status)' })
  status?: CadreStatus;
}
