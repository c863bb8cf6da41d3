import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { CoverageCycleKind, CoverageKind } from './coverage.enums';

/**
 * 规划期: a plan period (this plan's is 2024-01-01 – 2028-12-31). PLAN_PERIOD coverage rules and
 * the anchor of ROLLING ones use the period containing the as-of date.
 */
@Entity({ tableName: 'plan_period' })
export class PlanPeriodEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 16, unique: 'plan_period_code_unique' })
  code!: string;

  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date' })
  endDate!: string;
}

/**
 * 覆盖规则: one version of one coverage rule (附件2–5: who must be trained how often, where).
 * Versions of a `code` follow each other on `validFrom` like compliance rules. Population columns:
 * an empty list or null is no condition; lists are any-of; all given conditions must hold.
 * Qualifying columns: an empty list accepts any value.
 */
@Entity({ tableName: 'coverage_rule' })
@Unique({ name: 'coverage_rule_code_from_unique', properties: ['code', 'validFrom'] })
export class CoverageRuleEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 48 })
  code!: string;

  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Property({ type: 'varchar', length: 100 })
  basis!: string;

  @Enum({ items: () => CoverageKind, type: 'varchar', length: 16 })
  kind!: CoverageKind;

  @Property({ type: 'text[]', default: '{}' })
  managementLevels: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  principalPosts: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  villageRoles: string[] = [];

  @Property({ type: 'boolean', nullable: true })
  leadershipTeam?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  young?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  soeLeadership?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  selectedGraduate?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  partyAffairs?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  newCivilServant?: boolean | null;

  @Enum({ items: () => CoverageCycleKind, type: 'varchar', length: 16 })
  cycleKind!: CoverageCycleKind;

  @Property({ type: 'integer', nullable: true })
  cycleMonths?: number | null;

  @Property({ type: 'integer', default: 0 })
  warnMonths: number = 0;

  @Property({ type: 'decimal', precision: 4, scale: 3, nullable: true })
  shareMin?: string | null;

  @Property({ type: 'text[]', default: '{}' })
  modes: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  classKinds: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  institutionLevels: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  institutionKinds: string[] = [];

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note?: string | null;
}
