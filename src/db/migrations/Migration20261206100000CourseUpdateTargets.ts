import { Migration } from '@mikro-orm/migrations';

/**
 * The course-update targets as rule data (issue 11 point 2; 附件1 第3项 课程更新指标), versioned in
 * `plan_target` like the selection targets. A target can now say which institutions it applies to:
 *
 * - `institution_kinds` / `institution_levels`: the kinds and levels of institution a target applies
 *   to; an empty array places no limit (the selection targets, which are not per institution, keep
 *   both empty). An institution none of whose targets matches is reported without a threshold.
 * - COURSE_UPDATE_SHARE 0.20: 省委党校(福建行政学院) and 古田、谷文昌干部学院 — read as the provincial
 *   PARTY_SCHOOL and CADRE_COLLEGE institutions; 市、县党校 are only asked to 注意加强, so reported
 *   without a threshold (no row for them).
 * - ONLINE_NEW_COURSE_HOURS 100: 福建干部网络学院 — the provincial ONLINE_ACADEMY.
 */
export class Migration20261206100000CourseUpdateTargets extends Migration {
  override async up(): Promise<void> {
    const kinds = `array['PARTY_SCHOOL', 'CADRE_COLLEGE', 'SOCIALIST_ACADEMY', 'SECTOR_TRAINING', 'SOE_TRAINING', 'UNIVERSITY_BASE', 'PARTY_SPIRIT_COLLEGE', 'ONLINE_ACADEMY']`;
    const levels = `array['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP']`;
    this.addSql(`alter table "plan_target"
      add column "institution_kinds" text[] not null default '{}' check ("institution_kinds" <@ ${kinds}),
      add column "institution_levels" text[] not null default '{}' check ("institution_levels" <@ ${levels});`);
    this.addSql(`insert into "plan_target" ("code", "period_code", "target", "comparison", "valid_from", "institution_kinds", "institution_levels", "note") values
      ('COURSE_UPDATE_SHARE', '2024-2028', 0.20, 'GE', '2024-01-01', '{PARTY_SCHOOL,CADRE_COLLEGE}', '{PROVINCIAL}',
       '附件1第3项(1)：省委党校(福建行政学院)和福建古田、谷文昌干部学院主体班次课程更新率年均不少于20%（按年计：当年主体班次课时中新开发或修订课程的课时占比）'),
      ('ONLINE_NEW_COURSE_HOURS', '2024-2028', 100, 'GE', '2024-01-01', '{ONLINE_ACADEMY}', '{PROVINCIAL}',
       '附件1第3项(2)：福建干部网络学院课程更新每年不少于100学时（当年首次发布课程的学时合计）');`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "plan_target" where "code" in ('COURSE_UPDATE_SHARE', 'ONLINE_NEW_COURSE_HOURS');`);
    this.addSql(`alter table "plan_target" drop column "institution_kinds", drop column "institution_levels";`);
  }
}
