import { Field, Int, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { TeacherKind, TeacherSource } from './teacher.enums';

/** 师资: the read type. Relations and the average score resolve in TeacherResolver. */
@ObjectType('Teacher', { description: '师资 (a member of the faculty pool)', simpleResolvers: true })
export class Teacher extends RecordType {
  institutionId!: number | null;
  cadreId!: number | null;

  @Field({ description: '姓名 (name)' })
  name!: string;

  @Field(() => TeacherKind, { description: '师资类型 (full- or part-time)' })
  kind!: TeacherKind;

  @Field(() => TeacherSource, { description: '师资来源 (source: school faculty, leading cadre, expert…)' })
  source!: TeacherSource;

  @Field(() => String, { nullable: true, description: '职称 (professional title)' })
  title!: string | null;

  @Field(() => [String], { description: '专长领域 (specialties)' })
  specialties!: string[];

  @Field({ description: '是否名师 (renowned teacher)' })
  isRenowned!: boolean;

  @Field(() => String, { nullable: true, description: '联系电话 (phone; SENSITIVE)' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱 (email; SENSITIVE)' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: '个人简介 (biography)' })
  biography!: string | null;
}

/** 优质师资库入库: one teacher's membership of a quality pool published by an institution in a year. */
@ObjectType('TeacherPoolMembership', { description: '优质师资库入库 (membership of a published quality faculty pool)', simpleResolvers: true })
export class TeacherPoolMembership extends RecordType {
  teacherId!: number;
  publisherId!: number;

  @Field(() => Int, { description: '入库年度 (year the pool was published)' })
  year!: number;

  @Field(() => String, { nullable: true, description: '师资库名称 (name of the pool)' })
  poolName!: string | null;
}
