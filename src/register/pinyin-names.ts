/**
 * Pinyin of Chinese project names for the register's search, with pinyin-pro (it resolves
 * polyphonic characters from context, e.g. 长白山 → changbaishan, 重庆 → chongqing, which a
 * collation-boundary table cannot). Imported only by the register, so it stays out of the first load.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Full pinyin and initials without tones or spaces; characters that are not Chinese are kept.
 * @example namePinyin('人参交易市场') // { full: 'renshenjiaoyishichang', initials: 'rsjysc' }
 */
export function namePinyin(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const full = syllables.join('').toLowerCase();
  const initials = syllables
    .map((s) => s.charAt(0))
    .join('')
    .toLowerCase();
  return { full, initials };
}
