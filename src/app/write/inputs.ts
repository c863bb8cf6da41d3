import { Field, ID, InputType, Int } from 'type-graphql';
import { Min } from 'class-validator';

/** 归档: archive a record (soft delete), naming the version you last read. */
@InputType('ArchiveInput', { description: '归档输入 (archive a record at a known version)' })
export class ArchiveInput {
  @Field(() => ID, { description: '记录标识 (id of the record)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;
}
