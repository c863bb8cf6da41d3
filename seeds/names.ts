import type { Rng } from './random';

/**
 * Synthetic Chinese personal names: a surname (weighted roughly by frequency in Fujian) plus one or two
 * given-name characters. Any resemblance to a real person is coincidental.
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 110], ['林', 100], ['黄', 70], ['张', 45], ['吴', 40], ['李', 38], ['王', 35], ['刘', 30],
  ['郑', 30], ['蔡', 22], ['杨', 22], ['许', 18], ['谢', 18], ['洪', 16], ['郭', 16], ['邱', 14],
  ['曾', 14], ['廖', 13], ['赖', 12], ['徐', 12], ['周', 12], ['叶', 12], ['苏', 11], ['庄', 10],
  ['吕', 9], ['江', 9], ['何', 9], ['游', 8], ['詹', 8], ['罗', 8], ['魏', 8], ['傅', 8],
  ['卢', 7], ['方', 7], ['施', 7], ['高', 7], ['柯', 6], ['余', 6], ['朱', 6], ['孙', 5],
  ['胡', 5], ['康', 5], ['彭', 5], ['肖', 5], ['严', 4], ['颜', 4], ['翁', 4], ['涂', 4],
  ['丁', 3], ['钟', 3], ['范', 3], ['姚', 3], ['薛', 3], ['欧阳', 2], ['连', 3], ['邓', 3],
];

export const MALE_CHARS: readonly string[] = [
  '建', '国', '明', '志', '文', '华', '伟', '强', '勇', '军', '平', '辉', '斌', '杰', '涛', '鹏',
  '峰', '磊', '锋', '毅', '宏', '彬', '晨', '宇', '俊', '凯', '航', '晓', '东', '海', '荣', '榕',
  '闽', '清', '源', '林', '山', '川', '永', '福', '祥', '德', '培', '庆', '昌', '盛', '炜', '添',
  '鑫', '锦', '泉', '坤', '振', '达', '鸿', '嘉', '铭', '哲', '彦', '翔', '思', '远', '钦', '智',
];

export const FEMALE_CHARS: readonly string[] = [
  '丽', '芳', '敏', '静', '燕', '霞', '玲', '娟', '红', '艳', '婷', '琳', '颖', '雪', '梅', '萍',
  '秀', '慧', '莉', '洁', '佳', '欣', '怡', '蓉', '晶', '瑜', '婕', '蕾', '岚', '雯', '菁', '薇',
  '淑', '珍', '英', '华', '晓', '文', '思', '雅', '琴', '丹', '宁', '彤', '璐', '珊', '芸', '榕',
];

export type GenderCode = 'MALE' | 'FEMALE';

export function personName(rng: Rng, gender: GenderCode): string {
  const surname = rng.weighted(SURNAMES);
  const chars = gender === 'MALE' ? MALE_CHARS : FEMALE_CHARS;
  const first = rng.pick(chars);
  if (surname.length === 2 || rng.chance(0.22)) return surname + first;
  let second = rng.pick(chars);
  if (second === first && rng.chance(0.7)) second = rng.pick(chars);
  return surname + first + second;
}
