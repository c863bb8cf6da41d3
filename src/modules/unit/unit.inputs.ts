import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { Sector, UnitKind } from './unit.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

@InputType('UnitFilter', { description: '单位筛选条件 (unit filter)' })
export class UnitFilter {
  @Field(() => String, { nullable: true, description: '行政区划代码，含下级 (region code; the whole subtree)' })
  regionCode?: string | null;

  @Field(() => [UnitKind], { nullable: true, description: '单位类型，任一 (any of these kinds)' })
  kind?: UnitKind[] | null;

  @Field(() => [Sector], { nullable: true, description: '行业系统，任一 (any of these sectors)' })
  sector?: Sector[] | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '名称关键词 (name keyword)' })
  keyword?: string | null;
}

/** The fields CreateUnitInput and UpdateUnitInput share: type and rules, declared once (see inputField). */
const unitFields = {
  name: inputField(() => String, [Length(1, 200)]),
  kind: inputField(() => UnitKind),
  regionId: inputField(() => ID),
  sector: inputField(() => Sector),
};

@InputType('CreateUnitInput', { description: '新增单位 (create a unit)' })
export class CreateUnitInput extends IdempotentInput {
  @unitFields.name.required('单位名称 (name)')
  name!: string;

  @unitFields.kind.required('单位类型 (kind)')
  kind!: UnitKind;

  @unitFields.regionId.required('行政区划 (region id)')
  regionId!: string;

  @unitFields.sector.optional('行业系统 (sector; default PARTY_GOV)')
  sector?: Sector | null;
}

@InputType('UpdateUnitInput', { description: '修改单位 (update a unit; absent fields stay unchanged)' })
export class UpdateUnitInput {
  @Field(() => ID, { description: '单位 (unit id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @unitFields.name.optional('单位名称 (name)')
  name?: string;

  @unitFields.kind.optional('单位类型 (kind)')
  kind?: UnitKind;

  @unitFields.regionId.optional('行政区划 (region id)')
  regionId?: string;

  @unitFields.sector.optional('行业系统 (sector)')
  sector?: Sector;
}
