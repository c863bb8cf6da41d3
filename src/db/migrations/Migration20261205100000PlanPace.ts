import { Migration } from '@mikro-orm/migrations';

/**
 * Compliance as the plan reads it (issue 10, points 1–3):
 *
 * - `PLAN_PERIOD` windows: group A's 550 hours / 3 months count over the plan's own period
 *   (`plan_period`, created by Migration20261205000000CoverageRules: 2024-01-01 – 2028-12-31), from a new version of the group-A rule in force from
 *   2024-01-01 (the rolling version before it ends that day; the rolling view stays a query option).
 * - Colour by pace: the share of the requirement done against the share due by now on a straight line
 *   through the period; `yellow_behind` / `red_behind` (shares of the requirement) replace the old
 *   progress ÷ elapsed ratios, which turned every cadre with nothing yet RED on day one.
 * - The group follows rank as well as category (附件1's notes): `compliance_rank_group` places
 *   四级调研员 and above (and 县处级 ranks) in group A whatever the category; both tables are versioned.
 */
export class Migration20261205100000PlanPace extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "compliance_rule" drop constraint if exists "compliance_rule_period_kind_check";`);
    this.addSql(`alter table "compliance_rule" add constraint "compliance_rule_period_kind_check" check ("period_kind" in ('ROLLING_YEARS', 'CALENDAR_YEAR', 'PLAN_PERIOD'));`);
    this.addSql(`alter table "compliance_rule" drop constraint "compliance_rule_pace_check", drop column "green_pace", drop column "red_pace",
      add column "yellow_behind" numeric(4,2) not null default 0.10, add column "red_behind" numeric(4,2) not null default 0.30,
      add constraint "compliance_rule_behind_check" check (yellow_behind >= 0 and yellow_behind <= red_behind and red_behind <= 1);`);
    this.addSql(`update "compliance_rule" set "valid_to" = '2024-01-01' where "code" = 'CENTRALIZED' and "cadre_group" = 'A' and "valid_from" = '2000-01-01' and "valid_to" is null;`);
    this.addSql(`insert into "compliance_rule" ("code", "cadre_group", "min_hours", "min_days", "period_kind", "period_years", "modes", "recognised_only", "class_kinds", "promotion_grace_months", "valid_from", "note") values
      ('CENTRALIZED', 'A', 550, 90, 'PLAN_PERIOD', 5, '{FULL_TIME_TRAINING,CENTER_GROUP_STUDY,ONLINE_THEMATIC,LECTURE_BRIEFING}', false, '{}', 12, '2024-01-01',
       '县处级以上等：规划期内(2024—2028年)参加集中培训累计不少于3个月或550学时；规划期内进入甲类的按在甲类的时间折算')
      on conflict do nothing;`);

    this.addSql(`alter table "compliance_category_group" drop constraint "compliance_category_group_pkey";`);
    this.addSql(`alter table "compliance_category_group" add column "id" serial primary key,
      add column "valid_from" date not null default '2000-01-01', add column "valid_to" date null,
      add column "note" varchar(500) null,
      add constraint "compliance_category_group_validity_check" check (valid_to is null or valid_to > valid_from),
      add constraint "compliance_category_group_from_unique" unique ("category", "valid_from");`);
    this.addSql(`create table "compliance_rank_group" (
      "id" serial primary key, "rank" varchar(32) not null check ("rank" in ('BUREAU_CHIEF', 'BUREAU_DEPUTY', 'DIVISION_CHIEF', 'DIVISION_DEPUTY', 'RESEARCHER', 'SECTION_CHIEF', 'SECTION_DEPUTY', 'PRINCIPAL_STAFF', 'STAFF', 'OTHER')),
      "cadre_group" varchar(8) not null check ("cadre_group" in ('A', 'B')),
      "valid_from" date not null default '2000-01-01', "valid_to" date null, "note" varchar(500) null,
      constraint compliance_rank_group_validity_check check (valid_to is null or valid_to > valid_from),
      constraint compliance_rank_group_from_unique unique ("rank", "valid_from"));`);
    this.addSql(`insert into "compliance_rank_group" ("rank", "cadre_group", "note") values
      ('BUREAU_CHIEF', 'A', '厅局级职务职级'), ('BUREAU_DEPUTY', 'A', '厅局级职务职级'),
      ('DIVISION_CHIEF', 'A', '县处级职务职级'), ('DIVISION_DEPUTY', 'A', '县处级职务职级'),
      ('RESEARCHER', 'A', '四级调研员及相当层次以上职级，含同时担任乡科级党政领导职务的干部（附件1注）');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "compliance_rank_group";`);
    this.addSql(`delete from "compliance_category_group" where "valid_from" <> '2000-01-01';`);
    this.addSql(`alter table "compliance_category_group" drop column "id", drop column "valid_from", drop column "valid_to", drop column "note";`);
    this.addSql(`alter table "compliance_category_group" add primary key ("category");`);
    this.addSql(`delete from "compliance_rule" where "period_kind" = 'PLAN_PERIOD';`);
    this.addSql(`update "compliance_rule" set "valid_to" = null where "code" = 'CENTRALIZED' and "cadre_group" = 'A' and "valid_from" = '2000-01-01';`);
    this.addSql(`alter table "compliance_rule" drop constraint "compliance_rule_behind_check", drop column "yellow_behind", drop column "red_behind",
      add column "green_pace" numeric(4,2) not null default 1.00, add column "red_pace" numeric(4,2) not null default 0.50;`);
  }
}
