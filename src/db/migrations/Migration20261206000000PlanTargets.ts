import { Migration } from '@mikro-orm/migrations';

/**
 * The plan's selection targets as rule data (issue 11 point 3; 五(三), 附件7.1/7.3/7.4): versioned like the
 * hours rules, one row per indicator, period and date range, so the province can change a number
 * from a date without a release (close the version in force with `valid_to`, add the next).
 *
 * - `target` null: the indicator is reported without a target (精品案例: the plan names none).
 * - `comparison`: GE (≥ target) or GT (> target). Shares are fractions of 1; 1/3 is stored as
 *   `1::numeric / 3` (0.33333333333333333333), so that a share of exactly one third meets it and
 *   the check `numerator ≥ target × denominator` stays exact for any realistic denominator.
 */
export class Migration20261206000000PlanTargets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "plan_target" (
      "id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "archived_at" timestamptz null,
      "code" varchar(48) not null check ("code" ~ '^[A-Z][A-Z0-9_]*$'),
      "period_code" varchar(16) not null references "plan_period" ("code") on update cascade on delete restrict,
      "target" numeric null check ("target" is null or "target" >= 0),
      "comparison" varchar(4) not null default 'GE' check ("comparison" in ('GE', 'GT')),
      "valid_from" date not null, "valid_to" date null, "note" varchar(500) null,
      constraint plan_target_validity_check check (valid_to is null or valid_to > valid_from),
      constraint plan_target_from_unique unique ("code", "period_code", "valid_from"));`);
    this.addSql(`insert into "plan_target" ("code", "period_code", "target", "comparison", "valid_from", "note") values
      ('GOOD_COURSES', '2024-2028', 100, 'GE', '2024-01-01', '五(三)、附件7.1：5年内评审推介100门左右全省干部教育培训好课程（省级好课程，按获奖年度计）'),
      ('GOOD_TEXTBOOKS', '2024-2028', 10, 'GE', '2024-01-01', '五(三)、附件7.3：5年内评审推介10种左右全省干部教育培训好教材（省级好教材，按获奖年度计）'),
      ('CASE_COURSE_SHARE', '2024-2028', 1::numeric / 3, 'GE', '2024-01-01', '五(三)、附件7.4：推荐评选的全省好课程中，案例课程不少于1/3（教学方式为案例式的课程）'),
      ('CASE_TEXTBOOK_SHARE', '2024-2028', 1::numeric / 3, 'GE', '2024-01-01', '五(三)、附件7.4：推荐评选的全省好教材中，案例教材不少于1/3'),
      ('FINE_CASES', '2024-2028', null, 'GE', '2024-01-01', '五(三)：开发一批精品案例（省级案例获奖，规划未定数量，仅报告）');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_target";`);
  }
}
