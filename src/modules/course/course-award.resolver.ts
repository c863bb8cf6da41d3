import { Field, ObjectType, Resolver } from 'type-graphql';
import { ArchiveInput } from '../../core/write/inputs';
import { awardResolver } from '../award/award.resolver';
import { CourseAwardEntity, CourseEntity } from './course.entity';
import { AddCourseAwardInput } from './course.inputs';
import { CourseAwardModel, CourseModel } from './course.loaders';
import { Course, CourseAward } from './course.type';

@ObjectType('CourseAwardPayload', { description: '课程获奖写操作结果 (result of a course award mutation)', simpleResolvers: true })
class CourseAwardPayload {
  @Field(() => CourseAward, { description: '获奖记录 (the award as stored)' })
  award!: CourseAward;

  @Field(() => Course, { description: '课程 (the course, with its awards as they are now)' })
  course!: Course;
}

/** 好课程: awards won by courses. */
@Resolver(() => CourseAward)
export class CourseAwardResolver extends awardResolver({
  award: { type: 'CourseAward', read: CourseAward, model: CourseAwardModel, entity: CourseAwardEntity },
  owner: {
    type: 'Course',
    read: Course,
    model: CourseModel,
    entity: CourseEntity,
    field: 'course',
    description: '获奖课程 (the course that won it)',
    key: 'courseId',
    inputKey: 'courseId',
    noun: 'course',
  },
  uniqueConstraint: 'course_award_course_id_name_year_unique',
  removal: 'archive',
  payloadField: 'award',
  add: {
    description: '登记课程获奖 (record an award won by a course; the same award twice is a CONFLICT)',
    input: AddCourseAwardInput,
    inputDescription: '获奖信息 (course, award name, level and year)',
    payload: CourseAwardPayload,
  },
  remove: {
    description: '撤销课程获奖 (remove a course award; it is archived)',
    input: ArchiveInput,
    inputDescription: '获奖记录标识及版本 (award id and version)',
    payload: CourseAwardPayload,
  },
}) {}
