import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { ConflictError, ErrorCode } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, blameConstraint, inTransaction, loadForUpdate, readBack, validateInput } from '../kit/mutation';
import { TrainingRecord } from '../training-record/training-record.type';
import { TrainingRecordModel } from '../training-record/training-record.loaders';
import { PlatformEntity } from './platform.entity';
import { CreatePlatformInput, PlatformFilter, UpdatePlatformInput } from './platform.inputs';
import { PlatformModel, platformFilter } from './platform.loaders';
import { Platform } from './platform.type';
import { createOnce } from '../kit/idempotency';

export const PlatformOrderBy = orderByEnum(PlatformModel, { CODE: '平台代码', NAME: '平台名称' });
const PlatformConnection = connectionType(Platform, 'Platform', '培训平台');
const PlatformListArgs = listArgs(PlatformFilter, PlatformOrderBy, 'Platform');
blameConstraint('platform_code_unique', 'input.code');

@ObjectType('PlatformPayload', { description: '培训平台写操作结果 (result of a platform mutation)', simpleResolvers: true })
class PlatformPayload {
  @Field(() => Platform, { description: '培训平台 (the platform as stored)' })
  platform!: Platform;
}

const SCALARS = ['code', 'name', 'owner', 'isRecognised', 'url'] as const;

/** Codes are unique across archived platforms too (the constraint covers every row). */
async function assertCodeFree(em: EntityManager, code: string, exceptPk?: number): Promise<void> {
  const clash = await em.findOne(PlatformEntity, { code, ...(exceptPk ? { id: { $ne: exceptPk } } : {}) });
  if (clash) throw new ConflictError(`A platform with code ${code} already exists.`, ErrorCode.CONFLICT, { field: 'input.code' });
}

@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => Platform, { description: '按标识查询培训平台 (one platform by id)' })
  platform(@Arg('id', () => ID, { description: '培训平台标识 (platform id)' }) id: string, @Ctx() ctx: Context): Promise<Platform> {
    return ctx.read.one<Platform>(PlatformModel, id);
  }

  @Query(() => PlatformConnection, { description: '培训平台列表 (platforms, filtered and paginated)' })
  platforms(@Args(() => PlatformListArgs) args: ListArgsShape<PlatformFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.list<Platform>(PlatformModel, platformFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => [TrainingRecord], { description: '本平台的培训记录 (training records imported from this platform)' })
  trainingRecords(
    @Root() platform: Platform,
    @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number,
  ) {
    return ctx.read.loaders.with(info).children(TrainingRecordModel, 'platform_id', platform.pk, nestedLimit(first));
  }

  @Mutation(() => PlatformPayload, { description: '新增培训平台 (create a platform; a duplicate code is a CONFLICT)' })
  async createPlatform(@Arg('input', () => CreatePlatformInput, { description: '新增培训平台输入 (the platform to create)' }) input: CreatePlatformInput, @Ctx() ctx: Context): Promise<PlatformPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createPlatform', input, async (em) => {
      await assertCodeFree(em, input.code);
      const platform = em.create(PlatformEntity, {
        code: input.code,
        name: input.name,
        owner: input.owner,
        isRecognised: input.isRecognised ?? false,
        url: input.url ?? null,
      });
      auditWrite(em, platform, { fields: Object.keys(input) });
      await em.flush();
      return platform.id;
    });
    return { platform: await readBack<Platform>(ctx, PlatformModel, pk) };
  }

  @Mutation(() => PlatformPayload, { description: '修改培训平台 (update a platform; a stale version or a duplicate code is a CONFLICT)' })
  async updatePlatform(@Arg('input', () => UpdatePlatformInput, { description: '修改培训平台输入 (the changes, with the version you last read)' }) input: UpdatePlatformInput, @Ctx() ctx: Context): Promise<PlatformPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const platform = await loadForUpdate(em, PlatformEntity, 'Platform', input.id, input.version);
      if (input.code != null && input.code !== platform.code) await assertCodeFree(em, input.code, platform.id);
      const changed = assignDefined(platform, input, SCALARS, ['url']);
      auditWrite(em, platform, { fields: changed });
      await em.flush();
      return platform.id;
    });
    return { platform: await readBack<Platform>(ctx, PlatformModel, pk) };
  }

  @Mutation(() => PlatformPayload, { description: '归档培训平台 (archive a platform)' })
  async archivePlatform(@Arg('input', () => ArchiveInput, { description: '归档输入 (platform id and the version you last read)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<PlatformPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, PlatformEntity, 'Platform', input.id, input.version);
    return { platform: await readBack<Platform>(ctx, PlatformModel, pk) };
  }
}
