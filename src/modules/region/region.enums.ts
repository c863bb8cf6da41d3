import { defineEnum } from '../../core/enums';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}
defineEnum(RegionLevel, 'RegionLevel', '行政区划级别 (administrative level)', {
  PROVINCE: '省级',
  CITY: '设区市级',
  COUNTY: '县(市、区)级',
  TOWNSHIP: '乡镇(街道)级',
});
