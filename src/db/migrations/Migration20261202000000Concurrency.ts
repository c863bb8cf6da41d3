import { Migration } from '@mikro-orm/migrations';

/**
 * Concurrency (issue 8, point 8).
 *
 * - `idempotency_key`: a create mutation's client key, per token subject, claimed in the
 *   mutation's own transaction (see src/modules/kit/idempotency.ts). The primary key is what makes a
 *   retry racing its original wait for it and then replay its result instead of creating a row.
 * - Attendance records follow attendance, checked at commit: a record made by an assignment's
 *   attendance may exist only while that assignment is ATTENDED. The write path keeps this by
 *   locking the assignment; these deferred triggers are the last line of defence, and abort the
 *   transaction that would break it as a serialization failure (the client sees CONFLICT).
 */
export class Migration20261202000000Concurrency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" (
      "subject" text not null,
      "key" varchar(100) not null,
      "operation" varchar(100) not null,
      "request_hash" char(64) not null,
      "result" jsonb null,
      "created_at" timestamptz not null default now(),
      constraint "idempotency_key_pkey" primary key ("subject", "key"));`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);

    // Deferred rows are checked as they stand at commit (a record made and removed in one
    // transaction, or an assignment that left ATTENDED and came back, is fine).
    this.addSql(`create function training_record_follows_attendance() returns trigger language plpgsql as $$
      declare
        made_by int;
      begin
        if tg_table_name = 'training_record' then
          select r.assignment_id into made_by from training_record r where r.id = new.id;
          if made_by is not null and not exists (select 1 from training_assignment a where a.id = made_by and a.status = 'ATTENDED') then
            raise exception 'training record % was made by the attendance of assignment %, which is not ATTENDED', new.id, made_by
              using errcode = 'serialization_failure';
          end if;
        elsif exists (select 1 from training_assignment a where a.id = new.id and a.status <> 'ATTENDED')
              and exists (select 1 from training_record r where r.assignment_id = new.id) then
          raise exception 'assignment % is no longer ATTENDED but its attendance record remains', new.id
            using errcode = 'serialization_failure';
        end if;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "training_record_attendance_check" after insert or update of "assignment_id" on "training_record"
      deferrable initially deferred for each row when (new.assignment_id is not null) execute function training_record_follows_attendance();`);
    this.addSql(`create constraint trigger "training_assignment_attendance_check" after update of "status" on "training_assignment"
      deferrable initially deferred for each row when (old.status = 'ATTENDED' and new.status <> 'ATTENDED') execute function training_record_follows_attendance();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "training_assignment_attendance_check" on "training_assignment";`);
    this.addSql(`drop trigger if exists "training_record_attendance_check" on "training_record";`);
    this.addSql(`drop function if exists training_record_follows_attendance();`);
    this.addSql(`drop table if exists "idempotency_key";`);
  }
}
