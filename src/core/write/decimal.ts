import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimal places (numeric(p, places) columns: hours, days,
 * scores). Replaces class-validator's `IsNumber({ maxDecimalPlaces })`, which throws a TypeError on
 * numbers JavaScript writes in exponent notation (`1e-7`, `5e-324`) — an INTERNAL_SERVER_ERROR for
 * what is plainly bad input.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      constraints: [places],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: buildMessage((each) => `${each}$property must be a number with at most ${places} decimal place${places === 1 ? '' : 's'}`, options),
      },
    },
    options,
  );
}
