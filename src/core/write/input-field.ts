import { Field } from 'type-graphql';
import { IsOptional } from 'class-validator';

/** What `@Field(() => …)` takes: `() => String`, `() => ID`, `() => [ID]`, an enum, a scalar. */
type FieldType = NonNullable<Parameters<typeof Field>[0]>;

/** A field shared by a create input and its update input, to apply to a property of either. */
export interface InputField {
  /** A non-null GraphQL field (`String!`): its rules always run. */
  required(description: string): PropertyDecorator;
  /** A nullable GraphQL field (`String`): an absent or null value skips its rules (`@IsOptional()`). */
  optional(description: string): PropertyDecorator;
}

/**
 * Declares once what a create input and its update input must agree on for a field they share —
 * its GraphQL type and its class-validator rules — and leaves to each input what differs: the
 * description (a create's defaults, an update's "null clears it") and whether the field is required.
 * (Inheritance cannot share them: it would change the SDL, and the order of inherited rules.)
 *
 * ```ts
 * const platformFields = { name: inputField(() => String, [Length(1, 200)]) };
 *
 * class CreatePlatformInput { @platformFields.name.required('平台名称 (name)') name!: string; }
 * class UpdatePlatformInput { @platformFields.name.optional('平台名称 (name)') name?: string; }
 * ```
 *
 * Each is exactly the stack of decorators it replaces:
 *
 * ```ts
 * // required(description)                     // optional(description)
 * @Length(1, 200)                              @Length(1, 200)
 * @Field(() => String, { description })        @IsOptional()          // only when there are rules
 * name!: string;                               @Field(() => String, { nullable: true, description })
 *                                              name?: string;
 * ```
 *
 * List `rules` as they would be stacked above the property; they are applied as that stack is,
 * bottom first. class-validator checks a property's rules in the order they were applied, and a
 * mutation reports the first violation, so the order is part of the contract.
 */
export function inputField(type: FieldType, rules: readonly PropertyDecorator[] = []): InputField {
  const apply =
    (nullable: boolean, description: string): PropertyDecorator =>
    (prototype, property) => {
      Field(type, nullable ? { nullable: true, description } : { description })(prototype, property);
      if (nullable && rules.length > 0) IsOptional()(prototype, property);
      for (let i = rules.length - 1; i >= 0; i--) rules[i](prototype, property);
    };
  return { required: (description) => apply(false, description), optional: (description) => apply(true, description) };
}
