import type { SiteStatusCode } from './types';

/** 现场教学点, each managed by an institution (by key, see institutions.ts). */
export interface SiteSeed {
  key: string;
  name: string;
  region: string;
  theme: string;
  institution: string;
  status: SiteStatusCode;
  address: string;
}

export const SITES: readonly SiteSeed[] = [
  { key: 'GUTIAN_MEETING', name: '古田会议会址', region: '350823', theme: '古田会议精神', institution: 'GUTIAN', status: 'ACTIVE', address: '福建省龙岩市上杭县古田镇' },
  { key: 'CAIXI', name: '才溪乡调查纪念馆', region: '350823', theme: '调查研究', institution: 'GUTIAN', status: 'ACTIVE', address: '福建省龙岩市上杭县才溪镇' },
  { key: 'GUWENCHANG', name: '谷文昌纪念馆', region: '350626', theme: '谷文昌精神', institution: 'GWC', status: 'ACTIVE', address: '福建省漳州市东山县' },
  { key: 'CHISHAN', name: '东山赤山林场木麻黄防护林', region: '350626', theme: '生态文明建设', institution: 'GWC', status: 'ACTIVE', address: '福建省漳州市东山县赤山林场' },
  { key: 'MULANXI', name: '木兰溪防洪工程', region: '350304', theme: '木兰溪治理', institution: 'CITY:350300', status: 'ACTIVE', address: '福建省莆田市荔城区木兰溪沿岸' },
  { key: 'SANFANG', name: '三坊七巷历史文化街区', region: '350102', theme: '历史文化名城保护', institution: 'CITY:350100', status: 'ACTIVE', address: '福建省福州市鼓楼区南后街' },
  { key: 'CHANGTING', name: '长汀水土保持科教园', region: '350821', theme: '水土流失治理', institution: 'COUNTY:350821', status: 'ACTIVE', address: '福建省龙岩市长汀县河田镇' },
  { key: 'XIADANG', name: '下党乡“难忘下党”主题馆', region: '350924', theme: '摆脱贫困', institution: 'CITY:350900', status: 'ACTIVE', address: '福建省宁德市寿宁县下党乡' },
  { key: 'JINJIANG', name: '晋江经验现场教学点（陈埭镇）', region: '350582', theme: '晋江经验', institution: 'COUNTY:350582', status: 'ACTIVE', address: '福建省泉州市晋江市陈埭镇' },
  { key: 'YUNDANG', name: '筼筜湖生态治理现场教学点', region: '350203', theme: '城市生态治理', institution: 'CITY:350200', status: 'ACTIVE', address: '福建省厦门市思明区筼筜湖' },
  { key: 'LONGTAN', name: '屏南县龙潭村文创振兴乡村现场教学点', region: '350923', theme: '乡村振兴', institution: 'COUNTY:350923', status: 'ACTIVE', address: '福建省宁德市屏南县熙岭乡龙潭村' },
  { key: 'NINGHUA', name: '宁化县中央红军长征出发地纪念园', region: '350424', theme: '长征精神', institution: 'COUNTY:350424', status: 'ADJUSTED', address: '福建省三明市宁化县' },
  { key: 'GUTIAN_FUNGI', name: '古田县食用菌产业现场教学点', region: '350922', theme: '特色产业富民', institution: 'COUNTY:350922', status: 'REVOKED', address: '福建省宁德市古田县大桥镇' },
];
