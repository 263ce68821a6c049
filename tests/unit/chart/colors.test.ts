import { describe, expect, it } from 'vitest';
import {
  assignColors,
  familyOf,
  familySlot,
  PALETTE,
  PALETTE_SIZE,
  preferredSlot,
} from '../../../src/ui/chart/colors';

const req = (id: string, base = '') => ({ key: id, family: familyOf({ id, base }) });

/** Relative luminance and contrast (WCAG 2) of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (l + 0.05);
}

describe('colour per indicator', () => {
  it('gives an indicator the same colour in every chart it appears in', () => {
    const alone = assignColors([req('gdp')]).get('gdp');
    const withOthers = assignColors([req('trade_total_cny'), req('fdi_actual_usd'), req('gdp')]).get('gdp');
    const reversed = assignColors([req('gdp'), req('fdi_actual_usd'), req('trade_total_cny')]).get('gdp');
    expect(withOthers).toBe(alone);
    expect(reversed).toBe(alone);
  });

  it('gives a share the colour of the level it is a share of', () => {
    expect(familySlot(familyOf({ id: 'gdp_share_national_pct', base: 'gdp' }))).toBe(familySlot('gdp'));
    expect(familySlot(familyOf({ id: 'trade_share_national_pct', base: 'trade_total_cny' }))).toBe(
      familySlot('trade_total_cny'),
    );
  });

  it('never gives two keys of one chart the same colour, whatever their families', () => {
    const requests = [
      req('gdp_share_national_pct', 'gdp'),
      req('gdp_share_host_city_pct', 'gdp'),
      req('trade_share_national_pct', 'trade_total_cny'),
      req('fdi_share_national_pct', 'fdi_actual_usd'),
      req('exports_share_national_pct', 'exports_usd'),
    ];
    const slots = assignColors(requests);
    expect(new Set(slots.values()).size).toBe(requests.length);
    // The same set in another order gets the same colours.
    expect(assignColors([...requests].reverse())).toEqual(slots);
  });

  it('keeps an unlisted family on a slot that depends on its id only', () => {
    expect(familySlot('solid_waste_utilization_change_pp')).toBe(
      familySlot('solid_waste_utilization_change_pp'),
    );
    expect(familySlot('planned_area_km2')).toBeLessThan(PALETTE_SIZE);
  });

  it('colours regions of one indicator apart, all zones keeping the indicator colour', () => {
    const national = preferredSlot({ key: 'gdp|national', family: 'gdp', region: 'national' });
    expect(national).toBe(familySlot('gdp'));
    const slots = assignColors(
      ['national', 'east', 'central', 'west', 'northeast'].map((region) => ({
        key: `gdp|${region}`,
        family: 'gdp',
        region,
      })),
    );
    expect(new Set(slots.values()).size).toBe(5);
  });

  it('uses a palette whose every colour has at least 3:1 contrast on white', () => {
    for (const hex of PALETTE) expect(contrastOnWhite(hex)).toBeGreaterThanOrEqual(3);
  });
});
