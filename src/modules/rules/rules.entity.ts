import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { CadreGroup, ConversionCode, PeriodKind, RuleCode } from './compliance.enums';

/**
 * 学时规则: one version of one compliance rule (DESIGN §3). A rule is identified by (code, group);
 * versions follow each other on `validFrom`, the previous one ending (`validTo`, exclusive) where
 * the next begins, so changing a number is a new row, not a release.
 */
@Entity({ tableName: 'compliance_rule' })
@Unique({ name: 'compliance_rule_code_group_from_unique', properties: ['code', 'cadreGroup', 'validFrom'] })
export class ComplianceRuleEntity extends BaseEntity {
  @Enum({ items: () => RuleCode, type: 'varchar', length: 32 })
  code!: RuleCode;

  @Enum({ items: () => CadreGroup, type: 'varchar', length: 8 })
  cadreGroup!: CadreGroup;

  @Property({ type: 'decimal', precision: 7, scale: 1, nullable: true })
  minHours?: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 1, nullable: true })
  minDays?: string | null;

  @Enum({ items: () => PeriodKind, type: 'varchar', length: 16 })
  periodKind!: PeriodKind;

  @Property({ type: 'integer' })
  periodYears!: number;

  @Property({ type: 'text[]', default: '{}' })
  modes: string[] = [];

  @Property({ type: 'boolean', default: false })
  recognisedOnly: boolean = false;

  @Property({ type: 'text[]', default: '{}' })
  classKinds: string[] = [];

  @Property({ type: 'integer', nullable: true })
  promotionGraceMonths?: number | null;

  /** YELLOW when behind the straight line through the period by more than this share of the requirement. */
  @Property({ type: 'decimal', precision: 4, scale: 2, default: 0.1 })
  yellowBehind: string = '0.10';

  /** RED when behind by more than this share (or past the deadline unmet). */
  @Property({ type: 'decimal', precision: 4, scale: 2, default: 0.3 })
  redBehind: string = '0.30';

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note?: string | null;
}

/** 学时折算: credited hours per day, half day or session, versioned like the rules. */
@Entity({ tableName: 'hours_conversion' })
@Unique({ name: 'hours_conversion_code_from_unique', properties: ['code', 'validFrom'] })
export class HoursConversionEntity extends BaseEntity {
  @Enum({ items: () => ConversionCode, type: 'varchar', length: 32 })
  code!: ConversionCode;

  @Property({ type: 'decimal', precision: 5, scale: 1 })
  creditedHours!: string;

  @Property({ type: 'decimal', precision: 7, scale: 1, nullable: true })
  capPerEvent?: string | null;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note?: string | null;
}
