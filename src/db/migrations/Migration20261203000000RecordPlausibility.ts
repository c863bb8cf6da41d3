import { Migration } from '@mikro-orm/migrations';

/** Training days: `days` when above 0, else every calendar day from start to end (plausibility.ts). */
const TRAINING_DAYS = `(case when "days" > 0 then "days" else "end_date" - "start_date" + 1 end)`;

/** The constraints of this migration, each with what it checks of every row. */
const CHECKS: Record<string, string> = {
  training_record_days_plausible_check: `"days" <= "end_date" - "start_date" + 1`,
  training_record_hours_plausible_check: `"hours" <= 24 * ${TRAINING_DAYS} and "credited_hours" <= 24 * ${TRAINING_DAYS}`,
};

/**
 * Plausible training records (issue 10, point 2): what holds whatever the configuration says.
 *
 * - `days` fit in the calendar days from start to end, both counted (a one-day record has at most 1).
 * - Reported and credited hours are at most 24 per training day. The tighter, configurable bound
 *   (`RECORD_MAX_HOURS_PER_DAY`, default 8) is checked by the write paths, not here. Online study,
 *   centre-group sessions and lectures report days 0, so their training days are calendar days:
 *   `24 × greatest(days, 1)` would reject a year's self-study transcript of 60 hours.
 *
 * Rows written before may break them (the issue says such records passed): each constraint is added
 * `not valid` — new and changed rows are checked at once — and validated here only when no stored
 * row breaks it; otherwise `alter table "training_record" validate constraint …` once they are fixed.
 */
export class Migration20261203000000RecordPlausibility extends Migration {
  override async up(): Promise<void> {
    for (const [name, check] of Object.entries(CHECKS)) {
      this.addSql(`alter table "training_record" add constraint "${name}" check (${check}) not valid;`);
      this.addSql(`do $$ begin
        if not exists (select 1 from "training_record" where not (${check})) then
          alter table "training_record" validate constraint "${name}";
        end if;
      end $$;`);
    }
  }

  override async down(): Promise<void> {
    for (const name of Object.keys(CHECKS)) this.addSql(`alter table "training_record" drop constraint if exists "${name}";`);
  }
}
