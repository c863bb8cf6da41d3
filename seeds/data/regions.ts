/**
 * 行政区划 (GB/T 2260 codes): Fujian, its nine cities, the Pingtan comprehensive experimental zone and the
 * counties the demo's units, schools, sites and cases sit in. Order fixes the ids (1 = 福建省).
 */
export type RegionLevelCode = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP';

export interface RegionSeed {
  code: string;
  name: string;
  level: RegionLevelCode;
  /** Parent's code; null for the province. */
  parent: string | null;
}

export const PROVINCE_CODE = '350000';

export const REGIONS: readonly RegionSeed[] = [
  { code: '350000', name: '福建省', level: 'PROVINCE', parent: null },
  { code: '350100', name: '福州市', level: 'CITY', parent: '350000' },
  { code: '350200', name: '厦门市', level: 'CITY', parent: '350000' },
  { code: '350300', name: '莆田市', level: 'CITY', parent: '350000' },
  { code: '350400', name: '三明市', level: 'CITY', parent: '350000' },
  { code: '350500', name: '泉州市', level: 'CITY', parent: '350000' },
  { code: '350600', name: '漳州市', level: 'CITY', parent: '350000' },
  { code: '350700', name: '南平市', level: 'CITY', parent: '350000' },
  { code: '350800', name: '龙岩市', level: 'CITY', parent: '350000' },
  { code: '350900', name: '宁德市', level: 'CITY', parent: '350000' },
  // Fuzhou
  { code: '350102', name: '鼓楼区', level: 'COUNTY', parent: '350100' },
  { code: '350104', name: '仓山区', level: 'COUNTY', parent: '350100' },
  { code: '350128', name: '平潭综合实验区', level: 'COUNTY', parent: '350100' },
  { code: '350181', name: '福清市', level: 'COUNTY', parent: '350100' },
  // Xiamen
  { code: '350203', name: '思明区', level: 'COUNTY', parent: '350200' },
  { code: '350206', name: '湖里区', level: 'COUNTY', parent: '350200' },
  // Putian
  { code: '350304', name: '荔城区', level: 'COUNTY', parent: '350300' },
  { code: '350322', name: '仙游县', level: 'COUNTY', parent: '350300' },
  // Sanming
  { code: '350404', name: '三元区', level: 'COUNTY', parent: '350400' },
  { code: '350424', name: '宁化县', level: 'COUNTY', parent: '350400' },
  // Quanzhou
  { code: '350503', name: '丰泽区', level: 'COUNTY', parent: '350500' },
  { code: '350582', name: '晋江市', level: 'COUNTY', parent: '350500' },
  // Zhangzhou
  { code: '350602', name: '芗城区', level: 'COUNTY', parent: '350600' },
  { code: '350626', name: '东山县', level: 'COUNTY', parent: '350600' },
  // Nanping
  { code: '350702', name: '延平区', level: 'COUNTY', parent: '350700' },
  { code: '350782', name: '武夷山市', level: 'COUNTY', parent: '350700' },
  // Longyan
  { code: '350802', name: '新罗区', level: 'COUNTY', parent: '350800' },
  { code: '350821', name: '长汀县', level: 'COUNTY', parent: '350800' },
  { code: '350823', name: '上杭县', level: 'COUNTY', parent: '350800' },
  // Ningde
  { code: '350902', name: '蕉城区', level: 'COUNTY', parent: '350900' },
  { code: '350922', name: '古田县', level: 'COUNTY', parent: '350900' },
  { code: '350923', name: '屏南县', level: 'COUNTY', parent: '350900' },
  { code: '350924', name: '寿宁县', level: 'COUNTY', parent: '350900' },
];
