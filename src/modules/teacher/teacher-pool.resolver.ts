import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, auditWrite, blameConstraint, inTransaction, readBack, reference, validateInput, reviveOrCreate } from '../kit/mutation';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { TeacherEntity, TeacherPoolMembershipEntity } from './teacher.entity';
import { AddTeacherToPoolInput } from './teacher.inputs';
import { TeacherModel, TeacherPoolMembershipModel } from './teacher.loaders';
import { Teacher, TeacherPoolMembership } from './teacher.type';

blameConstraint('teacher_pool_membership_teacher_id_publisher_id_year_unique', 'input.year');

@ObjectType('TeacherPoolMembershipPayload', { description: '师资入库写操作结果 (result of a pool membership mutation)', simpleResolvers: true })
class TeacherPoolMembershipPayload {
  @Field(() => TeacherPoolMembership, { description: '入库记录 (the membership as stored)' })
  membership!: TeacherPoolMembership;

  @Field(() => Teacher, { description: '师资 (the teacher, with its memberships as they are now)' })
  teacher!: Teacher;
}

/** 优质师资库: a teacher's memberships of the pools institutions publish each year. */
@Resolver(() => TeacherPoolMembership)
export class TeacherPoolMembershipResolver {
  @FieldResolver(() => Teacher, { description: '师资 (the teacher)' })
  teacher(@Root() membership: TeacherPoolMembership, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(TeacherModel, membership.teacherId);
  }

  @FieldResolver(() => Institution, { description: '发布机构 (institution that published the pool)' })
  publisher(@Root() membership: TeacherPoolMembership, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(InstitutionModel, membership.publisherId);
  }

  @Mutation(() => TeacherPoolMembershipPayload, { description: '师资入库 (add a teacher to a quality pool; already a member is a CONFLICT)' })
  async addTeacherToPool(
    @Arg('input', () => AddTeacherToPoolInput, { description: '入库信息 (teacher, publisher and year)' }) input: AddTeacherToPoolInput,
    @Ctx() ctx: Context,
  ): Promise<TeacherPoolMembershipPayload> {
    await validateInput(input);
    const [membershipPk, teacherPk] = await inTransaction(ctx, async (em) => {
      const teacher = await reference(em, TeacherEntity, 'Teacher', input.teacherId, 'input.teacherId');
      const publisher = await reference(em, InstitutionEntity, 'Institution', input.publisherId, 'input.publisherId');
      // A removed membership stays as an archived row (its history); joining the same pool again revives it.
      const membership = await reviveOrCreate(
        em,
        TeacherPoolMembershipEntity,
        { teacher, publisher, year: input.year },
        'This teacher\'s membership of that pool',
        (m) => {
          if (input.poolName !== undefined) m.poolName = input.poolName;
        },
        () => em.create(TeacherPoolMembershipEntity, { teacher, publisher, year: input.year, poolName: input.poolName ?? null }),
      );
      auditWrite(em, membership, { action: 'ADD_TO_POOL', records: [membership, teacher], fields: Object.keys(input) });
      await em.flush();
      return [membership.id, teacher.id] as const;
    });
    return {
      membership: await readBack<TeacherPoolMembership>(ctx, TeacherPoolMembershipModel, membershipPk),
      teacher: await readBack<Teacher>(ctx, TeacherModel, teacherPk),
    };
  }

  @Mutation(() => TeacherPoolMembershipPayload, { description: '师资出库 (remove a teacher from a quality pool; the membership is archived)' })
  async removeTeacherFromPool(
    @Arg('input', () => ArchiveInput, { description: '入库记录标识及版本 (membership id and version)' }) input: ArchiveInput,
    @Ctx() ctx: Context,
  ): Promise<TeacherPoolMembershipPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TeacherPoolMembershipEntity, 'TeacherPoolMembership', input.id, input.version);
    const membership = await readBack<TeacherPoolMembership>(ctx, TeacherPoolMembershipModel, pk);
    return { membership, teacher: await readBack<Teacher>(ctx, TeacherModel, membership.teacherId) };
  }
}
