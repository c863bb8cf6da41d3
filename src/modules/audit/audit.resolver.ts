import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { connectionType } from '../../core/read/connection';
import { orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { AuditEntryFilter, auditEntryListArgs } from './audit.inputs';
import { AuditEntryModel, auditEntryFilter } from './audit.loaders';
import { AuditEntry } from './audit.type';

export const AuditEntryOrderBy = orderByEnum(AuditEntryModel, { AT: '时间' });
const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', '审计日志');
const AuditEntryListArgs = auditEntryListArgs(AuditEntryOrderBy);

/** 审计日志 is append-only: written by the AuditSubscriber inside each mutation's transaction, never through the API. */
@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => AuditEntryConnection, { description: '审计日志 (audit log entries, newest first by default)' })
  auditEntries(@Args(() => AuditEntryListArgs) args: ListArgsShape<AuditEntryFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.list<AuditEntry>(AuditEntryModel, auditEntryFilter(args.filter).toRequest(args), info);
  }
}
