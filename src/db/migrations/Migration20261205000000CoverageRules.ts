import { Migration } from '@mikro-orm/migrations';

/**
 * The plan period (规划期) and the plan's coverage rules (附件2–5: who must be trained how often,
 * where) as versioned data (issue 10, point 5), and the institution levels they name: NATIONAL
 * (中央党校、国家级干部学院) and TOWNSHIP (乡镇(街道)党校).
 *
 * A coverage rule selects its population over the cadre's attributes (each empty list / null
 * condition: no condition; lists are any-of; all given conditions must hold), says how often
 * (cycle) and what qualifies (modes, class kinds, institution levels and kinds; each empty: any).
 * Versions of one `code` follow each other on `valid_from` as compliance rules do.
 */
export class Migration20261205000000CoverageRules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "plan_period" (
      "id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "archived_at" timestamptz null,
      "code" varchar(16) not null, "name" varchar(200) not null, "start_date" date not null, "end_date" date not null,
      constraint plan_period_code_unique unique ("code"),
      constraint plan_period_dates_check check (end_date > start_date));`);
    this.addSql(`insert into "plan_period" ("code", "name", "start_date", "end_date") values ('2024-2028', '福建省2024—2028年干部教育培训规划', '2024-01-01', '2028-12-31');`);

    this.addSql(`alter table "institution" drop constraint if exists "institution_level_check";`);
    this.addSql(`alter table "institution" add constraint "institution_level_check" check ("level" in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP'));`);

    this.addSql(`create table "coverage_rule" (
      "id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "archived_at" timestamptz null,
      "code" varchar(48) not null check ("code" ~ '^[A-Z][A-Z0-9_]*$'),
      "name" varchar(200) not null, "basis" varchar(100) not null,
      "kind" varchar(16) not null check ("kind" in ('PER_PERSON', 'SHARE')),
      "management_levels" text[] not null default '{}' check ("management_levels" <@ array['PROVINCIAL', 'CITY', 'COUNTY', 'OTHER']),
      "principal_posts" text[] not null default '{}'
        check ("principal_posts" <@ array['CITY_COUNTY_PRINCIPAL', 'TOWNSHIP_PRINCIPAL', 'TOWNSHIP_PARTY_BUILDING_DEPUTY', 'TOWNSHIP_ORGANIZATION_MEMBER', 'UNIT_PRINCIPAL']),
      "village_roles" text[] not null default '{}'
        check ("village_roles" <@ array['PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'FIRST_SECRETARY', 'WORK_TEAM_MEMBER', 'OTHER_VILLAGE_CADRE']),
      "leadership_team" boolean null, "young" boolean null, "soe_leadership" boolean null, "selected_graduate" boolean null,
      "party_affairs" boolean null, "new_civil_servant" boolean null,
      "cycle_kind" varchar(16) not null check ("cycle_kind" in ('ROLLING', 'CALENDAR_YEAR', 'PLAN_PERIOD', 'FROM_ENTRY')),
      "cycle_months" int null, "warn_months" int not null default 0, "share_min" numeric(4,3) null,
      "modes" text[] not null default '{}' check ("modes" <@ array['FULL_TIME_TRAINING', 'CENTER_GROUP_STUDY', 'ONLINE_THEMATIC', 'LECTURE_BRIEFING', 'ONLINE_SELF_STUDY']),
      "class_kinds" text[] not null default '{}'
        check ("class_kinds" <@ array['MAIN', 'THEMATIC', 'ONBOARDING', 'APPOINTMENT', 'YOUNG_CADRE', 'ONLINE_THEMATIC', 'PRINCIPAL_LEADER', 'SECTOR']),
      "institution_levels" text[] not null default '{}' check ("institution_levels" <@ array['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP']),
      "institution_kinds" text[] not null default '{}'
        check ("institution_kinds" <@ array['PARTY_SCHOOL', 'CADRE_COLLEGE', 'SOCIALIST_ACADEMY', 'SECTOR_TRAINING', 'SOE_TRAINING', 'UNIVERSITY_BASE', 'PARTY_SPIRIT_COLLEGE', 'ONLINE_ACADEMY']),
      "valid_from" date not null, "valid_to" date null, "note" varchar(500) null,
      constraint coverage_rule_cycle_months_check check (cycle_months between 1 and 120),
      constraint coverage_rule_cycle_needs_months_check check (cycle_kind not in ('ROLLING', 'FROM_ENTRY') or cycle_months is not null),
      constraint coverage_rule_warn_check check (warn_months between 0 and 120),
      constraint coverage_rule_share_check check ((kind = 'SHARE') = (share_min is not null) and (share_min is null or (share_min > 0 and share_min <= 1))),
      constraint coverage_rule_validity_check check (valid_to is null or valid_to > valid_from),
      constraint coverage_rule_code_from_unique unique ("code", "valid_from"));`);
    this.addSql(`create index "coverage_rule_code_index" on "coverage_rule" ("code");`);
    this.seedRules();
  }

  /** The plan's rules (附件2–5), in force from the plan period's start; notes give the readings (README "Coverage rules"). */
  private seedRules(): void {
    const theory = `'{FULL_TIME_TRAINING}', '{MAIN,PRINCIPAL_LEADER,YOUNG_CADRE}', '{NATIONAL,PROVINCIAL,MUNICIPAL,COUNTY}', '{PARTY_SCHOOL,CADRE_COLLEGE,PARTY_SPIRIT_COLLEGE}'`;
    this.addSql(`insert into "coverage_rule" ("code", "name", "basis", "kind", "management_levels", "principal_posts", "village_roles", "leadership_team", "young", "soe_leadership",
      "new_civil_servant", "cycle_kind", "cycle_months", "warn_months", "share_min", "modes", "class_kinds", "institution_levels", "institution_kinds", "valid_from", "note") values
      ('CITY_COUNTY_PRINCIPAL_THEORY', '市县党政正职系统理论和党性教育', '附件3.2', 'PER_PERSON', '{}', '{CITY_COUNTY_PRINCIPAL}', '{}', null, null, null, null,
        'ROLLING', 36, 12, null, ${theory}, '2024-01-01',
        '每2至3年至少1次：36个月周期，到期前12个月起黄色；计入县级以上党校、干部学院、党性教育学院的脱产主体班、一把手专题班、中青班'),
      ('YOUNG_LEADERSHIP_THEORY', '领导班子中的年轻干部系统理论培训', '附件4.3', 'PER_PERSON', '{}', '{}', '{}', true, true, null, null,
        'ROLLING', 36, 12, null, ${theory}, '2024-01-01',
        '每2至3年至少1次：36个月周期，到期前12个月起黄色；年轻干部按年龄上限规则或标记认定'),
      ('PROVINCIAL_CAPABILITY_ROTATION', '省管干部履职能力短期专题培训轮训', '附件5.1', 'PER_PERSON', '{PROVINCIAL}', '{}', '{}', null, null, null, null,
        'ROLLING', 48, 12, null, '{FULL_TIME_TRAINING}', '{THEMATIC,SECTOR}', '{NATIONAL}', '{}', '2024-01-01',
        '3至4年轮训一遍：48个月周期，到期前12个月（即满3年）起黄色；计入国家级机构（中央党校、国家级干部学院等）的专题班、行业系统班'),
      ('PROVINCIAL_OFF_JOB_STUDY', '省管干部5年脱产进修', '附件2.2', 'PER_PERSON', '{PROVINCIAL}', '{}', '{}', null, null, null, null,
        'PLAN_PERIOD', null, 12, null, '{FULL_TIME_TRAINING}', '{MAIN}', '{NATIONAL,PROVINCIAL}', '{PARTY_SCHOOL,CADRE_COLLEGE}', '2024-01-01',
        '规划期内至少1次脱产进修：省级以上党校、干部学院主体班；规划期最后12个月起黄色'),
      ('SOE_LEADERSHIP_SHARE', '省管企业领导班子成员年度培训比例', '附件5.3', 'SHARE', '{}', '{}', '{}', null, null, true, null,
        'CALENDAR_YEAR', null, 0, 0.200, '{FULL_TIME_TRAINING}', '{}', '{PROVINCIAL}', '{PARTY_SCHOOL,CADRE_COLLEGE,PARTY_SPIRIT_COLLEGE}', '2024-01-01',
        '每年不少于1/5：按人群比例判断，个人不分色；计入省委党校、省级干部学院（古田、谷文昌等）的脱产培训'),
      ('TOWNSHIP_KEY_POSTS_ANNUAL', '乡镇(街道)党政正职、分管党建副书记、组织委员年度培训', '附件5.9', 'PER_PERSON', '{}',
        '{TOWNSHIP_PRINCIPAL,TOWNSHIP_PARTY_BUILDING_DEPUTY,TOWNSHIP_ORGANIZATION_MEMBER}', '{}', null, null, null, null,
        'CALENDAR_YEAR', null, 3, null, '{FULL_TIME_TRAINING,LECTURE_BRIEFING,ONLINE_THEMATIC}', '{}', '{NATIONAL,PROVINCIAL,MUNICIPAL}', '{}', '2024-01-01',
        '每年至少1次，由设区市组织：设区市级以上机构的培训；10月1日起未训为黄色'),
      ('VILLAGE_KEY_ROLES_ANNUAL', '村(社区)书记、村(居)委会主任、驻村第一书记和工作队员年度培训', '附件5.9', 'PER_PERSON', '{}', '{}',
        '{PARTY_SECRETARY,COMMITTEE_DIRECTOR,FIRST_SECRETARY,WORK_TEAM_MEMBER}', null, null, null, null,
        'CALENDAR_YEAR', null, 3, null, '{FULL_TIME_TRAINING,LECTURE_BRIEFING,ONLINE_THEMATIC}', '{}', '{NATIONAL,PROVINCIAL,MUNICIPAL,COUNTY}', '{}', '2024-01-01',
        '每年至少1次，由县(市、区)组织：县级以上机构的培训；10月1日起未训为黄色'),
      ('VILLAGE_OTHER_ROTATION', '村(社区)其他干部轮训', '附件5.9', 'PER_PERSON', '{}', '{}', '{OTHER_VILLAGE_CADRE}', null, null, null, null,
        'ROLLING', 36, 6, null, '{FULL_TIME_TRAINING,LECTURE_BRIEFING,ONLINE_THEMATIC}', '{}', '{NATIONAL,PROVINCIAL,MUNICIPAL,COUNTY,TOWNSHIP}', '{}', '2024-01-01',
        '每3年轮训1次：36个月周期，到期前6个月起黄色；乡镇(街道)党校的培训也计入'),
      ('NEW_CIVIL_SERVANT_ONBOARDING', '新录用公务员初任培训', '附件4.4', 'PER_PERSON', '{}', '{}', '{}', null, null, null, true,
        'FROM_ENTRY', 12, 3, null, '{FULL_TIME_TRAINING,ONLINE_THEMATIC}', '{ONBOARDING}', '{}', '{}', '2024-01-01',
        '录用后12个月内完成初任培训班（线上线下均可）；录用满9个月未训为黄色；录用不满24个月者为新录用公务员'),
      ('YOUNG_CADRE_ROTATION', '年轻干部5年内党校(行政学院)、干部学院轮训', '附件4.2', 'PER_PERSON', '{}', '{}', '{}', null, true, null, null,
        'PLAN_PERIOD', null, 12, null, '{FULL_TIME_TRAINING}', '{}', '{}', '{PARTY_SCHOOL,CADRE_COLLEGE,PARTY_SPIRIT_COLLEGE}', '2024-01-01',
        '规划期（5年）内到党校(行政学院)、干部学院脱产培训至少1次；规划期最后12个月起黄色');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coverage_rule";`);
    this.addSql(`alter table "institution" drop constraint if exists "institution_level_check";`);
    this.addSql(`alter table "institution" add constraint "institution_level_check" check ("level" in ('PROVINCIAL', 'MUNICIPAL', 'COUNTY'));`);
    this.addSql(`drop table if exists "plan_period";`);
  }
}
