import { Migration } from '@mikro-orm/migrations';

/**
 * The plan's rules as data (DESIGN §3, 附件1): versioned compliance rules with effective dates and
 * colour thresholds, the category → group table, hours conversion (学时折算); and the columns that
 * tie a training record to its assignment, its conversion rule and the record it duplicates.
 */
export class Migration20261129100000ComplianceRules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "compliance_category_group" ("category" varchar(32) primary key, "cadre_group" varchar(8) not null check ("cadre_group" in ('A', 'B')));`);
    this.addSql(`insert into "compliance_category_group" ("category", "cadre_group") values
      ('COUNTY_LEADER_AND_ABOVE', 'A'), ('SENIOR_CIVIL_SERVANT', 'A'), ('SOE_SENIOR_MANAGER', 'A'), ('INSTITUTION_SENIOR_MANAGER', 'A'),
      ('TOWNSHIP_LEADER', 'B'), ('JUNIOR_CIVIL_SERVANT', 'B'), ('SOE_OTHER_MANAGER', 'B'), ('PROFESSIONAL_TECHNICAL', 'B');`);

    this.addSql(`create table "compliance_rule" (
      "id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "archived_at" timestamptz null,
      "code" varchar(32) not null check ("code" in ('CENTRALIZED', 'SELF_STUDY', 'THEORY_CYCLE')),
      "cadre_group" varchar(8) not null check ("cadre_group" in ('A', 'B', 'ALL')),
      "min_hours" numeric(7,1) null, "min_days" numeric(5,1) null,
      "period_kind" varchar(16) not null check ("period_kind" in ('ROLLING_YEARS', 'CALENDAR_YEAR')),
      "period_years" int not null,
      "modes" text[] not null default '{}',
      "recognised_only" boolean not null default false,
      "class_kinds" text[] not null default '{}',
      "promotion_grace_months" int null,
      "green_pace" numeric(4,2) not null default 1.00,
      "red_pace" numeric(4,2) not null default 0.50,
      "valid_from" date not null, "valid_to" date null,
      "note" varchar(500) null,
      constraint compliance_rule_period_check check (period_years between 1 and 10),
      constraint compliance_rule_minimum_check check (min_hours >= 0 and min_days >= 0),
      constraint compliance_rule_pace_check check (red_pace >= 0 and red_pace <= green_pace),
      constraint compliance_rule_grace_check check (promotion_grace_months between 1 and 120),
      constraint compliance_rule_validity_check check (valid_to is null or valid_to > valid_from));`);
    this.addSql(`alter table "compliance_rule" add constraint "compliance_rule_code_group_from_unique" unique ("code", "cadre_group", "valid_from");`);
    this.addSql(`insert into "compliance_rule" ("code", "cadre_group", "min_hours", "min_days", "period_kind", "period_years", "modes", "recognised_only", "class_kinds", "promotion_grace_months", "green_pace", "red_pace", "valid_from", "note") values
      ('CENTRALIZED', 'A', 550, 90, 'ROLLING_YEARS', 5, '{FULL_TIME_TRAINING,CENTER_GROUP_STUDY,ONLINE_THEMATIC,LECTURE_BRIEFING}', false, '{}', 12, 1.00, 0.50, '2000-01-01', '县处级以上等：5年累计参加集中培训不少于3个月或550学时'),
      ('CENTRALIZED', 'B', 90, 12, 'CALENDAR_YEAR', 1, '{FULL_TIME_TRAINING,CENTER_GROUP_STUDY,ONLINE_THEMATIC,LECTURE_BRIEFING}', false, '{}', 12, 1.00, 0.50, '2000-01-01', '乡科级等：每年参加集中培训不少于12天或90学时'),
      ('SELF_STUDY', 'ALL', 50, null, 'CALENDAR_YEAR', 1, '{ONLINE_SELF_STUDY}', true, '{}', null, 1.00, 0.50, '2000-01-01', '每年网络自学不少于50学时（认可平台）'),
      ('THEORY_CYCLE', 'ALL', null, null, 'ROLLING_YEARS', 3, '{FULL_TIME_TRAINING}', false, '{MAIN,PRINCIPAL_LEADER,YOUNG_CADRE}', null, 1.00, 0.50, '2000-01-01', '一把手和年轻干部每2至3年至少参加1次系统理论培训');`);

    this.addSql(`create table "hours_conversion" (
      "id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "archived_at" timestamptz null,
      "code" varchar(32) not null check ("code" in ('FULL_DAY', 'HALF_DAY', 'CENTER_GROUP_SESSION')),
      "credited_hours" numeric(5,1) not null, "cap_per_event" numeric(7,1) null,
      "valid_from" date not null, "valid_to" date null, "note" varchar(500) null,
      constraint hours_conversion_hours_check check (credited_hours >= 0 and (cap_per_event is null or cap_per_event >= 0)),
      constraint hours_conversion_validity_check check (valid_to is null or valid_to > valid_from));`);
    this.addSql(`alter table "hours_conversion" add constraint "hours_conversion_code_from_unique" unique ("code", "valid_from");`);
    this.addSql(`insert into "hours_conversion" ("code", "credited_hours", "cap_per_event", "valid_from", "note") values
      ('FULL_DAY', 6, null, '2000-01-01', '脱产培训1天折算6学时'),
      ('HALF_DAY', 3, null, '2000-01-01', '半天折算3学时'),
      ('CENTER_GROUP_SESSION', 3, null, '2000-01-01', '理论学习中心组集体学习1次折算3学时');`);

    this.addSql(`alter table "training_record" add column "sessions" int null, add column "credit_rule" varchar(32) null, add column "assignment_id" int null, add column "duplicate_of_id" int null;`);
    this.addSql(`alter table "training_record" add constraint "training_record_sessions_check" check (sessions >= 0);`);
    this.addSql(`alter table "training_record" add constraint "training_record_assignment_id_unique" unique ("assignment_id");`);
    this.addSql(`alter table "training_record" add constraint "training_record_assignment_id_foreign" foreign key ("assignment_id") references "training_assignment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_record" add constraint "training_record_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "training_record" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "training_record_duplicate_of_id_index" on "training_record" ("duplicate_of_id");`);
    this.addSql(`create index "training_record_cadre_end_idx" on "training_record" ("cadre_id", "end_date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "training_record_cadre_end_idx";`);
    this.addSql(`alter table "training_record" drop column "duplicate_of_id", drop column "assignment_id", drop column "credit_rule", drop column "sessions";`);
    this.addSql(`drop table if exists "hours_conversion";`);
    this.addSql(`drop table if exists "compliance_rule";`);
    this.addSql(`drop table if exists "compliance_category_group";`);
  }
}
