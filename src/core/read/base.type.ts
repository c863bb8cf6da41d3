import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars';

/** Fields every record shares; read types extend it (type-graphql inherits the fields). */
@ObjectType('RecordBase', { simpleResolvers: true })
export abstract class RecordType {
  /** Internal key, never exposed. */
  pk!: number;

  @Field(() => ID, { description: '全局标识 (opaque global id)' })
  id!: string;

  @Field(() => Int, { description: '版本号 (optimistic-lock version; send it back with updates)' })
  version!: number;

  @Field(() => DateTimeScalar, { description: '创建时间 (created at)' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: '更新时间 (last updated at)' })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: '归档时间 (archived at; archived records leave every list)' })
  archivedAt!: Date | null;
}
