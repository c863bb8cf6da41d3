import { Arg, Ctx, Field, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { permissionsOf } from '../../access/contracts';
import type { Context } from '../../access/request-context';
import { ENUM_CATALOG } from '../../core/enums';
import { Role } from '../../access/viewer';

@ObjectType('EnumValueLabel', { description: '枚举值及中文名称 (an enum value with its Chinese label)', simpleResolvers: true })
class EnumValueLabelType {
  @Field({ description: '枚举值 (the value as used in the API)' })
  value!: string;

  @Field({ description: '中文名称 (Chinese label)' })
  label!: string;
}

@ObjectType('EnumType', { description: '枚举类型 (an enum of the API with Chinese labels)', simpleResolvers: true })
class EnumTypeInfo {
  @Field({ description: '枚举名 (GraphQL enum name)' })
  name!: string;

  @Field({ description: '说明 (description)' })
  description!: string;

  @Field(() => [EnumValueLabelType], { description: '取值 (values with labels)' })
  values!: EnumValueLabelType[];
}

@ObjectType('OperationLimits', {
  description: '操作限额 (what one operation of your role may ask: checked before it runs; a breach is QUERY_TOO_COMPLEX naming the limit)',
  simpleResolvers: true,
})
class OperationLimitsType {
  @Field(() => Int, { description: '最大嵌套深度 (deepest field nesting; fragments add no level)' })
  depth!: number;

  @Field(() => Int, { description: '最多别名数 (aliased fields per operation)' })
  aliases!: number;

  @Field(() => Int, { description: '最多根字段数 (root fields per operation)' })
  rootFields!: number;

  @Field(() => Int, { description: '最多指令数 (directives per document)' })
  directives!: number;

  @Field(() => Int, { description: '最多词法单元数 (lexical tokens per document)' })
  tokens!: number;

  @Field(() => Int, {
    description: '最大估算成本 (estimated cost: each field 1, reports more; each list multiplies its contents by first, or by its default 20 at the root and 100 below)',
  })
  cost!: number;

  @Field(() => Int, { description: '每次响应最多错误数 (errors per response; past it one error counts the rest)' })
  errors!: number;
}

@ObjectType('Me', { description: '当前身份 (who the token says you are)', simpleResolvers: true })
class Me {
  @Field({ description: '主体 (token subject)' })
  subject!: string;

  @Field(() => Role, { description: '角色 (role)' })
  role!: Role;

  @Field(() => String, { nullable: true, description: '所属机构 (agency)' })
  agency!: string | null;

  @Field(() => String, { nullable: true, description: '管辖区划代码 (jurisdiction region code)' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: '行业系统 (sector)' })
  sector!: string | null;

  @Field(() => [String], {
    description: '权限 (what you may do: `query:x` and `mutation:x` you may call, `mask:Type.field` you see masked, `deny:Type.field` you may not read, `own:Type.field` you read on your own rows only)',
  })
  permissions!: string[];

  @Field(() => OperationLimitsType, { description: '操作限额 (the operation limits of your role)' })
  limits!: OperationLimitsType;
}

@Resolver()
export class MetaResolver {
  @Query(() => [EnumTypeInfo], { description: '枚举及中文名称 (enums with Chinese labels; all when names is omitted)' })
  enumTypes(@Arg('names', () => [String], { nullable: true, description: '枚举名 (enum names)' }) names?: string[] | null): EnumTypeInfo[] {
    const all = [...ENUM_CATALOG.values()];
    return names?.length ? all.filter((e) => names.includes(e.name)) : all;
  }

  @Query(() => Me, { description: '当前身份 (the identity of the caller)' })
  me(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Me {
    const v = ctx.viewer;
    return { subject: v.subject, role: v.role, agency: v.agency ?? null, region: v.region ?? null, sector: v.sector ?? null, permissions: permissionsOf(info.schema, v.role), limits: { ...ctx.limits } };
  }
}
