import { ArrayType, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { CadreEntity } from '../cadre/cadre.entity';
import { InstitutionEntity } from '../institution/institution.entity';
import { TeacherKind, TeacherSource } from './teacher.enums';

/** 师资: a member of the faculty pool. */
@Entity({ tableName: 'teacher' })
export class TeacherEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 50 })
  name!: string;

  @Index()
  @Enum({ items: () => TeacherKind, type: 'varchar', length: 16 })
  kind!: TeacherKind;

  @Index()
  @Enum({ items: () => TeacherSource, type: 'varchar', length: 32 })
  source!: TeacherSource;

  /** 所属机构: the home institution, absent for leading cadres and models who lecture by invitation. */
  @Index()
  @ManyToOne(() => InstitutionEntity, { nullable: true, deleteRule: 'restrict' })
  institution?: InstitutionEntity | null;

  @Property({ type: 'varchar', length: 50, nullable: true })
  title?: string | null;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  specialties: string[] = [];

  @Index()
  @Property({ type: 'boolean', default: false })
  isRenowned: boolean = false;

  /** 领导干部上讲台: the cadre record of a leading cadre who teaches. */
  @Index()
  @ManyToOne(() => CadreEntity, { nullable: true, deleteRule: 'restrict' })
  cadre?: CadreEntity | null;

  @Property({ type: 'varchar', length: 20, nullable: true })
  phone?: string | null;

  @Property({ type: 'varchar', length: 100, nullable: true })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  biography?: string | null;
}

/** 优质师资库入库: membership of a quality pool published by an institution in a year. */
@Entity({ tableName: 'teacher_pool_membership' })
@Unique({ properties: ['teacher', 'publisher', 'year'] })
@Index({ properties: ['year'] })
export class TeacherPoolMembershipEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => TeacherEntity, { deleteRule: 'cascade' })
  teacher!: TeacherEntity;

  @Index()
  @ManyToOne(() => InstitutionEntity, { deleteRule: 'restrict' })
  publisher!: InstitutionEntity;

  @Property({ type: 'integer', check: 'year between 2000 and 2100' })
  year!: number;

  @Property({ type: 'varchar', length: 100, nullable: true })
  poolName?: string | null;
}
