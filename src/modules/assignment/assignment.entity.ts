import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { CadreEntity } from '../cadre/cadre.entity';
import { TrainingClassEntity } from '../training-class/training-class.entity';
import { AssignmentStatus } from './assignment.enums';

/** 调训: a cadre assigned to a class. */
@Entity({ tableName: 'training_assignment' })
@Unique({ properties: ['cadre', 'trainingClass'] })
export class TrainingAssignmentEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => CadreEntity, { deleteRule: 'restrict' })
  cadre!: CadreEntity;

  @Index()
  @ManyToOne(() => TrainingClassEntity, { fieldName: 'class_id', deleteRule: 'restrict' })
  trainingClass!: TrainingClassEntity;

  @Index()
  @Enum({ items: () => AssignmentStatus, type: 'varchar', length: 16, default: AssignmentStatus.NOMINATED })
  status: AssignmentStatus = AssignmentStatus.NOMINATED;

  @Property({ type: 'varchar', length: 100, nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note?: string | null;
}
