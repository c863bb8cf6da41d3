import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { TeacherKind, TeacherSource } from './teacher.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

const PHONE = /^[0-9+\- ]{5,20}$/;

@InputType('TeacherFilter', { description: '师资筛选条件 (faculty pool filter, as schools browse it)' })
export class TeacherFilter {
  @ArrayMaxSize(20)
  @MaxLength(50, { each: true })
  @IsOptional()
  @Field(() => [String], { nullable: true, description: '专长领域，任一 (has any of these specialties)' })
  specialty?: string[] | null;

  @Field(() => [TeacherSource], { nullable: true, description: '师资来源，任一 (any of these sources)' })
  source?: TeacherSource[] | null;

  @Field(() => [TeacherKind], { nullable: true, description: '师资类型，任一 (any of these kinds)' })
  kind?: TeacherKind[] | null;

  @Field(() => ID, { nullable: true, description: '所属机构 (home institution id)' })
  institutionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否名师 (renowned teachers only / none)' })
  isRenowned?: boolean | null;

  @Field(() => Int, { nullable: true, description: '入库年度 (member of a quality pool published that year)' })
  poolYear?: number | null;

  @Field(() => ID, { nullable: true, description: '师资库发布机构 (member of a quality pool published by this institution)' })
  poolPublisherId?: string | null;

  @Field(() => String, { nullable: true, description: '所属机构的行政区划代码，含下级 (home institution\'s region code; the whole subtree)' })
  regionCode?: string | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '姓名关键词 (name keyword)' })
  keyword?: string | null;
}

/** The fields CreateTeacherInput and UpdateTeacherInput share: type and rules, declared once (see inputField). */
const teacherFields = {
  name: inputField(() => String, [Length(1, 50)]),
  kind: inputField(() => TeacherKind),
  source: inputField(() => TeacherSource),
  institutionId: inputField(() => ID),
  title: inputField(() => String, [Length(1, 50)]),
  specialties: inputField(() => [String], [ArrayMaxSize(20), Length(1, 50, { each: true })]),
  isRenowned: inputField(() => Boolean),
  cadreId: inputField(() => ID),
  phone: inputField(() => String, [Matches(PHONE, { message: 'must be a phone number' })]),
  email: inputField(() => String, [MaxLength(100), IsEmail({}, { message: 'must be an email address' })]),
  biography: inputField(() => String, [MaxLength(5000)]),
};

@InputType('CreateTeacherInput', { description: '新增师资 (create a teacher)' })
export class CreateTeacherInput extends IdempotentInput {
  @teacherFields.name.required('姓名 (name)')
  name!: string;

  @teacherFields.kind.required('师资类型 (full- or part-time)')
  kind!: TeacherKind;

  @teacherFields.source.required('师资来源 (source)')
  source!: TeacherSource;

  @teacherFields.institutionId.optional('所属机构 (home institution id)')
  institutionId?: string | null;

  @teacherFields.title.optional('职称 (professional title)')
  title?: string | null;

  @teacherFields.specialties.optional('专长领域 (specialties)')
  specialties?: string[] | null;

  @teacherFields.isRenowned.optional('是否名师 (renowned teacher; default false)')
  isRenowned?: boolean | null;

  @teacherFields.cadreId.optional('对应干部 (cadre id; only for LEADING_CADRE or GRASSROOTS_CADRE teachers)')
  cadreId?: string | null;

  @teacherFields.phone.optional('联系电话 (phone)')
  phone?: string | null;

  @teacherFields.email.optional('电子邮箱 (email)')
  email?: string | null;

  @teacherFields.biography.optional('个人简介 (biography)')
  biography?: string | null;
}

@InputType('UpdateTeacherInput', { description: '修改师资 (update a teacher; absent fields stay unchanged)' })
export class UpdateTeacherInput {
  @Field(() => ID, { description: '师资 (teacher id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @teacherFields.name.optional('姓名 (name)')
  name?: string;

  @teacherFields.kind.optional('师资类型 (full- or part-time)')
  kind?: TeacherKind;

  @teacherFields.source.optional('师资来源 (source)')
  source?: TeacherSource;

  @teacherFields.institutionId.optional('所属机构 (home institution id; null clears it)')
  institutionId?: string | null;

  @teacherFields.title.optional('职称 (professional title; null clears it)')
  title?: string | null;

  @teacherFields.specialties.optional('专长领域 (specialties; replaces the list)')
  specialties?: string[];

  @teacherFields.isRenowned.optional('是否名师 (renowned teacher)')
  isRenowned?: boolean;

  @teacherFields.cadreId.optional('对应干部 (cadre id; null clears it)')
  cadreId?: string | null;

  @teacherFields.phone.optional('联系电话 (phone; null clears it)')
  phone?: string | null;

  @teacherFields.email.optional('电子邮箱 (email; null clears it)')
  email?: string | null;

  @teacherFields.biography.optional('个人简介 (biography; null clears it)')
  biography?: string | null;
}

@InputType('AddTeacherToPoolInput', { description: '师资入库 (add a teacher to a published quality pool)' })
export class AddTeacherToPoolInput {
  @Field(() => ID, { description: '师资 (teacher id)' })
  teacherId!: string;

  @Field(() => ID, { description: '发布机构 (institution publishing the pool)' })
  publisherId!: string;

  @Min(2000)
  @Max(2100)
  @Field(() => Int, { description: '入库年度 (year the pool is published)' })
  year!: number;

  @Length(1, 100)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '师资库名称 (name of the pool)' })
  poolName?: string | null;
}
