import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Min } from 'class-validator';

/** 归档: archive a record (soft delete), naming the version you last read. */
@InputType('ArchiveInput', { description: '归档输入 (archive a record at a known version)' })
export class ArchiveInput {
  @Field(() => ID, { description: '记录标识 (id of the record)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;
}

/** Longest client idempotency key accepted (a UUID is 36). */
export const IDEMPOTENCY_KEY_MAX = 100;

/** How long a key is remembered; after that it may be used again for anything. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/**
 * 幂等键: the optional client key of a create mutation that would otherwise make a new row on
 * every call. Create inputs extend this class; `createOnce` in ./idempotency.ts gives it effect.
 */
@InputType('IdempotentInput', { description: '幂等创建输入 (base of create inputs that accept an idempotency key; not used on its own)' })
export abstract class IdempotentInput {
  @IsOptional()
  @Length(1, IDEMPOTENCY_KEY_MAX)
  @Matches(/^[\x21-\x7e]+$/, { message: 'must be printable ASCII without spaces (e.g. a UUID)' })
  @Field(() => String, {
    nullable: true,
    description:
      `幂等键 (idempotency key, optional: 1–${IDEMPOTENCY_KEY_MAX} printable ASCII characters chosen by the client, e.g. a UUID per intended create. ` +
      'Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, ' +
      'and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; ' +
      `a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for ${IDEMPOTENCY_KEY_TTL_HOURS} hours)`,
  })
  idempotencyKey?: string | null;
}
