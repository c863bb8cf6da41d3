import { registerEnumType } from 'type-graphql';

/** An enum value with its Chinese label (中文名称). */
export interface EnumValueLabel {
  value: string;
  label: string;
}

export interface EnumInfo {
  name: string;
  description: string;
  values: EnumValueLabel[];
}

/** Every enum the API exposes, with Chinese labels, so front ends never hard-code translations. */
export const ENUM_CATALOG = new Map<string, EnumInfo>();

/**
 * Registers a string enum with GraphQL, putting the Chinese label into each value's description
 * and into the catalogue served by `Query.enumTypes`.
 */
export function defineEnum<E extends Record<string, string>>(
  values: E,
  name: string,
  description: string,
  labels: { [K in keyof E]: string },
): E {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(values).map((k) => [k, { description: labels[k as keyof E] }])) as never,
  });
  ENUM_CATALOG.set(name, {
    name,
    description,
    values: Object.keys(values).map((k) => ({ value: values[k as keyof E] as string, label: labels[k as keyof E] })),
  });
  return values;
}
