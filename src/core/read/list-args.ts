import { ArgsType, Field, Int, type ClassType } from 'type-graphql';
import { defineEnum } from '../enums';
import type { ReadModel } from './model';

const DIRECTION_ZH = { ASC: '升序', DESC: '降序' } as const;

/**
 * The `XOrderBy` enum of a list, one value per ordering of the model; `fieldsZh` gives the Chinese
 * name of each ordered field (`NAME` → 姓名).
 */
export function orderByEnum(model: ReadModel, fieldsZh: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  const labels: Record<string, string> = {};
  const zh: Record<string, string> = { ID: '编号', ...fieldsZh };
  for (const key of Object.keys(model.orderings)) {
    const m = /^(.*)_(ASC|DESC)$/.exec(key)!;
    values[key] = key;
    labels[key] = `按${zh[m[1]] ?? m[1]}${DIRECTION_ZH[m[2] as 'ASC' | 'DESC']}`;
  }
  return defineEnum(values, `${model.type}OrderBy`, `${model.type} 排序方式 (ordering of ${model.type} lists)`, labels);
}

export interface ListArgsShape<F> {
  filter?: F | null;
  orderBy?: string | null;
  first?: number | null;
  after?: string | null;
  includeArchived?: boolean | null;
}

/** `(filter, orderBy, first, after, includeArchived)` arguments of a list query. */
export function listArgs<F extends object>(filter: ClassType<F>, orderBy: object, name: string): ClassType<ListArgsShape<F>> {
  @ArgsType()
  class ListArgs {
    @Field(() => filter, { nullable: true, description: '筛选条件 (filter)' })
    filter?: F | null;

    @Field(() => orderBy, { nullable: true, description: '排序 (ordering; default by id)' })
    orderBy?: string | null;

    @Field(() => Int, { nullable: true, description: '每页条数 (page size; default 20, at most 100)' })
    first?: number | null;

    @Field(() => String, { nullable: true, description: '从此游标之后开始 (start after this cursor)' })
    after?: string | null;

    @Field(() => Boolean, { nullable: true, description: '包含已归档记录 (include archived records)' })
    includeArchived?: boolean | null;
  }
  Object.defineProperty(ListArgs, 'name', { value: `${name}ListArgs` });
  return ListArgs;
}
