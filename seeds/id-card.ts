/**
 * Resident ID-card numbers (GB 11643-1999) for the demo cadres.
 *
 * Layout: 6-digit area code (GB/T 2260) + 8-digit birth date (YYYYMMDD) + 3-digit sequence code +
 * 1 check character (ISO 7064 MOD 11-2: weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 over the first 17
 * digits; check = '10X98765432'[sum % 11]).
 *
 * FAKE-ID CONVENTION: every demo number uses the sequence code `999` (positions 15–17). The numbers are
 * checksum-valid, so validators and masking (`350102********1234`) behave as with real data, but the
 * sequence makes them recognisably synthetic. Because the sequence is fixed, a number is unique exactly
 * when (area code, birth date) is unique; the generator nudges birth dates by a day when two cadres
 * would collide (see `FakeIdCardAllocator`). Note that the gender parity digit (position 17) is therefore
 * always odd and does not encode the cadre's gender.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The 18th character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new Error(`bad ID-card body: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** True when `id` has 18 characters and a valid check character. */
export function isValidIdCard(id: string): boolean {
  return /^[0-9]{17}[0-9X]$/.test(id) && idCardCheckChar(id.slice(0, 17)) === id[17];
}

/** The sequence code that marks every demo ID-card number as synthetic. */
export const FAKE_SEQUENCE = '999';

/** A checksum-valid, obviously fake ID-card number: area + birth date + `999` + check. */
export function fakeIdCard(areaCode: string, birthDate: string): string {
  const body = `${areaCode}${birthDate.replace(/-/g, '')}${FAKE_SEQUENCE}`;
  return body + idCardCheckChar(body);
}

/**
 * Hands out unique fake numbers: when (area, birth date) is taken it moves the birth date forward one
 * day at a time and returns the adjusted date with the number, so `birth_date` and the number agree.
 */
export class FakeIdCardAllocator {
  private readonly used = new Set<string>();

  allocate(areaCode: string, birthDate: string, addDays: (date: string, n: number) => string): { idCard: string; birthDate: string } {
    let date = birthDate;
    for (let i = 0; i < 3660; i++) {
      const idCard = fakeIdCard(areaCode, date);
      if (!this.used.has(idCard)) {
        this.used.add(idCard);
        return { idCard, birthDate: date };
      }
      date = addDays(date, 1);
    }
    throw new Error(`no free fake ID-card number near ${areaCode} ${birthDate}`);
  }
}
