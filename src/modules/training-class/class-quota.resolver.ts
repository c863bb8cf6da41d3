import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root, Info } from 'type-graphql';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../access/request-context';
import { BadInputError, ConflictError, ErrorCode } from '../../core/errors';
import { refPk, toGlobalId } from '../../core/read/ids';
import { auditWrite, inTransaction, readBack, reference, validateInput } from '../kit/mutation';
import { Unit } from '../unit/unit.type';
import { UnitModel } from '../unit/unit.loaders';
import { UnitEntity } from '../unit/unit.entity';
import { ClassQuotaEntity, TrainingClassEntity } from './training-class.entity';
import { SetClassQuotaInput } from './training-class.inputs';
import { ClassQuotaModel, TrainingClassModel } from './training-class.loaders';
import { ClassQuota, TrainingClass } from './training-class.type';
import { allocatedSeats } from './training-class.resolver';

@ObjectType('ClassQuotaPayload', { description: '名额分配结果 (result of allocating seats to a unit)', simpleResolvers: true })
class ClassQuotaPayload {
  @Field(() => ClassQuota, { nullable: true, description: '名额分配 (the allocation as stored; null when withdrawn)' })
  classQuota!: ClassQuota | null;

  @Field(() => TrainingClass, { description: '班次 (the class, with its quotas)' })
  trainingClass!: TrainingClass;
}

@Resolver(() => ClassQuota)
export class ClassQuotaResolver {
  @FieldResolver(() => Unit, { description: '获分配单位 (the unit the seats are allocated to)' })
  unit(@Root() quota: ClassQuota, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(UnitModel, quota.unitId);
  }

  @FieldResolver(() => TrainingClass, { description: '班次 (the class)' })
  trainingClass(@Root() quota: ClassQuota, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(TrainingClassModel, quota.classId);
  }

  @Mutation(() => ClassQuotaPayload, {
    description:
      '名额分配 (allocate seats of a class to a unit, change them, or withdraw them with 0; all allocations together stay within the capacity; a stale version is a CONFLICT)',
  })
  async setClassQuota(@Arg('input', () => SetClassQuotaInput, { description: '班次、单位及名额 (class, unit and seats)' }) input: SetClassQuotaInput, @Ctx() ctx: Context): Promise<ClassQuotaPayload> {
    await validateInput(input);
    const classPk = refPk(input.classId, 'TrainingClass', 'input.classId');
    const quotaPk = await inTransaction(ctx, async (em) => {
      // Locking the class serialises allocations, so two organisers cannot together exceed its capacity.
      const cls = await em.findOne(TrainingClassEntity, { id: classPk }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!cls) throw BadInputError.unknownReference('input.classId', 'TrainingClass');
      if (cls.archivedAt) throw BadInputError.invalid('input.classId', 'the class is archived');
      const unit = await reference(em, UnitEntity, 'Unit', input.unitId, 'input.unitId');
      const existing = await em.findOne(ClassQuotaEntity, { trainingClass: cls, unit });
      if (existing && existing.version !== input.version) throw ConflictError.staleVersion('ClassQuota', toGlobalId('ClassQuota', existing.id));
      if (!existing && input.version != null) {
        throw new ConflictError('The allocation you read was withdrawn by someone else; reload the class and try again.', ErrorCode.CONFLICT);
      }
      const others = await allocatedSeats(em, cls, unit.id);
      if (others + input.seats > cls.capacity) {
        throw new BadInputError(`Only ${cls.capacity - others} of the class's ${cls.capacity} seats are left to allocate.`, 'input.seats');
      }
      if (input.seats === 0) {
        // Withdrawn allocations are removed, not archived: (class, unit) stays unique for a new allocation.
        if (existing) em.remove(existing);
        auditWrite(em, existing ?? 'ClassQuota', { action: 'DELETE', fields: ['seats'] });
        await em.flush();
        return null;
      }
      let quota = existing;
      if (quota) {
        quota.seats = input.seats;
      } else {
        quota = em.create(ClassQuotaEntity, { trainingClass: cls, unit, seats: input.seats });
      }
      auditWrite(em, quota, { fields: ['seats'] });
      await em.flush();
      return quota.id;
    });
    return {
      classQuota: quotaPk === null ? null : await readBack<ClassQuota>(ctx, ClassQuotaModel, quotaPk),
      trainingClass: await readBack<TrainingClass>(ctx, TrainingClassModel, classPk),
    };
  }
}
