import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { defineEnum } from '../../core/enums';
import { refPk } from '../../core/read/ids';
import { auditWrite, inTransaction } from '../kit/mutation';
import { PlatformEntity } from '../platform/platform.entity';
import { ImportTrainingRecordInput } from './import.inputs';
import { scopedIdsForRawSql } from '../../access/row-scope';
import { CadreModel } from '../cadre/cadre.loaders';
import { importRows, MAX_IMPORT_ROWS, type ImportOutcome, type ImportRow, type ImportRowOutcome } from './import.service';
import { TrainingRecordModel } from './training-record.loaders';
import { TrainingRecord } from './training-record.type';

export const ImportRowStatus = defineEnum(
  { ACCEPTED: 'ACCEPTED', DUPLICATE: 'DUPLICATE', UNCHANGED: 'UNCHANGED', CONFLICT: 'CONFLICT', REJECTED: 'REJECTED' } as const,
  'ImportRowStatus',
  '导入结果 (outcome of one imported row)',
  {
    ACCEPTED: '已接收',
    DUPLICATE: '重复培训：已记录一次并标记为重复，不重复计学时',
    UNCHANGED: '此前已导入，内容相同，未作改动',
    CONFLICT: '冲突：同一编号此前导入的内容不同',
    REJECTED: '已拒收（见原因）',
  },
);

@ObjectType('ImportRowError', { description: '导入错误 (why a row was rejected, with its input path)', simpleResolvers: true })
export class ImportRowErrorType {
  @Field({ description: '字段路径 (input path, e.g. records.3.hours)' })
  field!: string;

  @Field({ description: '原因 (reason)' })
  message!: string;
}

@ObjectType('ImportRowResult', { description: '单行导入结果 (the outcome of one row)', simpleResolvers: true })
export class ImportRowResult {
  recordPk!: number | null;
  duplicateOfPk!: number | null;

  @Field(() => Int, { description: '行号 (index of the row in records, from 0)' })
  index!: number;

  @Field(() => String, { nullable: true, description: '平台记录编号 (the row\'s externalId)' })
  externalId!: string | null;

  @Field(() => ImportRowStatus, { description: '结果 (accepted, duplicate, unchanged, conflict or rejected)' })
  status!: ImportOutcome;

  @Field(() => [ImportRowErrorType], { description: '原因 (reasons with field paths; empty when accepted)' })
  errors!: ImportRowErrorType[];
}

@ObjectType('ImportTrainingRecordsPayload', { description: '学时互认导入结果 (result of a training-record import)', simpleResolvers: true })
export class ImportTrainingRecordsPayload {
  @Field(() => Int, { description: '接收条数 (rows accepted)' })
  accepted!: number;

  @Field(() => Int, { description: '重复条数 (rows recorded as duplicates of training already on record)' })
  duplicates!: number;

  @Field(() => Int, { description: '未变条数 (rows imported before with the same content)' })
  unchanged!: number;

  @Field(() => Int, { description: '冲突条数 (rows whose externalId was imported before with other content)' })
  conflicts!: number;

  @Field(() => Int, { description: '拒收条数 (rows rejected)' })
  rejected!: number;

  @Field(() => [ImportRowResult], { description: '逐行结果 (one result per row, in input order)' })
  rows!: ImportRowResult[];
}

export function summarise(rows: ImportRowOutcome[]): ImportTrainingRecordsPayload {
  const count = (s: ImportOutcome) => rows.filter((r) => r.status === s).length;
  return { accepted: count('ACCEPTED'), duplicates: count('DUPLICATE'), unchanged: count('UNCHANGED'), conflicts: count('CONFLICT'), rejected: count('REJECTED'), rows };
}

/** 学时互认: a platform's records in, one transaction per call, one set-based statement for the rows. */
@Resolver(() => ImportRowResult)
export class TrainingRecordImportResolver {
  @Mutation(() => ImportTrainingRecordsPayload, {
    description: `学时互认导入 (import up to ${MAX_IMPORT_ROWS} records from a platform: idempotent on (platform, externalId); each row accepted, duplicate, unchanged, conflict or rejected)`,
  })
  async importTrainingRecords(
    @Arg('platform', () => ID, { description: '来源平台 (platform id)' }) platform: string,
    @Arg('records', () => [ImportTrainingRecordInput], { description: `培训记录 (the rows, at most ${MAX_IMPORT_ROWS})` }) records: ImportTrainingRecordInput[],
    @Ctx() ctx: Context,
  ): Promise<ImportTrainingRecordsPayload> {
    if (records.length > MAX_IMPORT_ROWS) throw new BadInputError(`At most ${MAX_IMPORT_ROWS} records per call; split the file.`, 'records');
    const platformPk = refPk(platform, 'Platform', 'platform');
    const outcomes = await inTransaction(ctx, async (em) => {
      const p = await em.findOne(PlatformEntity, { id: platformPk, archivedAt: null });
      if (!p) throw BadInputError.unknownReference('platform', 'Platform');
      return importTrainingRecordsIn(em, ctx, platformPk, records);
    });
    return summarise(outcomes);
  }

  @FieldResolver(() => TrainingRecord, { nullable: true, description: '培训记录 (the record stored for this row: new, unchanged or the conflicting one)' })
  record(@Root() row: ImportRowResult, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return row.recordPk === null ? null : ctx.read.loaders.with(info).byPk(TrainingRecordModel, row.recordPk);
  }

  @FieldResolver(() => TrainingRecord, { nullable: true, description: '重复于 (the record of the same training already on record, for duplicates)' })
  duplicateOf(@Root() row: ImportRowResult, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return row.duplicateOfPk === null ? null : ctx.read.loaders.with(info).byPk(TrainingRecordModel, row.duplicateOfPk);
  }
}

/** The import inside an open transaction, audited as one entry naming the records written. */
export async function importTrainingRecordsIn(
  em: Parameters<typeof importRows>[0],
  ctx: Pick<Context, 'viewer' | 'requestId' | 'records'>,
  platformPk: number,
  records: readonly ImportRow[],
): Promise<ImportRowOutcome[]> {
  const outcomes = await importRows(em, platformPk, ctx.viewer.agency ?? null, records, ctx.records, scopedIdsForRawSql(CadreModel, ctx.viewer));
  const written = outcomes.filter((o) => o.status === 'ACCEPTED' || o.status === 'DUPLICATE').map((o) => o.recordPk!);
  if (written.length) {
    auditWrite(em, 'TrainingRecord', { action: 'IMPORT', records: written, fields: ['platform', 'externalId'] });
    await em.flush();
  }
  return outcomes;
}
