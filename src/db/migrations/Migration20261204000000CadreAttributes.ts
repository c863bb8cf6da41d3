import { Migration } from '@mikro-orm/migrations';

/**
 * The cadre attributes the plan's annexes select on (issue 10, point 4) and the age bounds of
 * 年轻干部 as versioned rule data.
 *
 * 年轻干部: the plan uses the term without defining it; the hub reads it as organisation
 * departments do — a leadership cadre at or under the age bound of its rank (厅局级 45, 县处级 40,
 * 乡科级 35, "以下" including the bound) — or a cadre recorded as one (`is_young_cadre`).
 */
export class Migration20261204000000CadreAttributes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "cadre"
      add column "management_level" varchar(16) not null default 'OTHER' check ("management_level" in ('PROVINCIAL', 'CITY', 'COUNTY', 'OTHER')),
      add column "is_leadership_team_member" boolean not null default false,
      add column "principal_post" varchar(40) null check ("principal_post" in ('CITY_COUNTY_PRINCIPAL', 'TOWNSHIP_PRINCIPAL', 'TOWNSHIP_PARTY_BUILDING_DEPUTY', 'TOWNSHIP_ORGANIZATION_MEMBER', 'UNIT_PRINCIPAL')),
      add column "is_soe_leadership_member" boolean not null default false,
      add column "village_role" varchar(32) null check ("village_role" in ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'FIRST_SECRETARY', 'WORK_TEAM_MEMBER', 'OTHER_VILLAGE_CADRE')),
      add column "is_selected_graduate" boolean not null default false,
      add column "is_party_affairs_cadre" boolean not null default false,
      add column "civil_service_entry_date" date null,
      add column "senior_level_since" date null;`);
    this.addSql(`create index "cadre_management_level_index" on "cadre" ("management_level");`);
    this.addSql(`create index "cadre_principal_post_index" on "cadre" ("principal_post") where "principal_post" is not null;`);
    this.addSql(`create index "cadre_village_role_index" on "cadre" ("village_role") where "village_role" is not null;`);

    this.addSql(`create table "young_cadre_rule" (
      "id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "archived_at" timestamptz null,
      "rank" varchar(32) not null check ("rank" in ('BUREAU_CHIEF', 'BUREAU_DEPUTY', 'DIVISION_CHIEF', 'DIVISION_DEPUTY', 'RESEARCHER', 'SECTION_CHIEF', 'SECTION_DEPUTY', 'PRINCIPAL_STAFF', 'STAFF', 'OTHER')),
      "max_age" int not null check ("max_age" between 18 and 70),
      "valid_from" date not null, "valid_to" date null, "note" varchar(500) null,
      constraint young_cadre_rule_validity_check check (valid_to is null or valid_to > valid_from),
      constraint young_cadre_rule_rank_from_unique unique ("rank", "valid_from"));`);
    this.addSql(`insert into "young_cadre_rule" ("rank", "max_age", "valid_from", "note") values
      ('BUREAU_CHIEF', 45, '2000-01-01', '厅局级45岁以下'), ('BUREAU_DEPUTY', 45, '2000-01-01', '厅局级45岁以下'),
      ('DIVISION_CHIEF', 40, '2000-01-01', '县处级40岁以下'), ('DIVISION_DEPUTY', 40, '2000-01-01', '县处级40岁以下'),
      ('SECTION_CHIEF', 35, '2000-01-01', '乡科级35岁以下'), ('SECTION_DEPUTY', 35, '2000-01-01', '乡科级35岁以下');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "young_cadre_rule";`);
    this.addSql(`alter table "cadre" drop column "management_level", drop column "is_leadership_team_member", drop column "principal_post", drop column "is_soe_leadership_member",
      drop column "village_role", drop column "is_selected_graduate", drop column "is_party_affairs_cadre", drop column "civil_service_entry_date", drop column "senior_level_since";`);
  }
}
