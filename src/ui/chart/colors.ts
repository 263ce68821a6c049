/**
 * One colour per indicator, the same in every chart, session and slide. Colours come from a palette
 * that stays apart for the common kinds of colour blindness (Okabe–Ito and Paul Tol's schemes, darkened
 * where a line on white would fall under 3:1 contrast). Drawn as `var(--series-N)`, so the high-contrast
 * theme can swap them. Pure.
 */
export const PALETTE = [
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#117733', // green
  '#aa4499', // purple
  '#332288', // indigo
  '#8f6d00', // ochre
  '#00838f', // teal
  '#5f5f5f', // grey
] as const;

export const PALETTE_SIZE = PALETTE.length;

/** The CSS colour of a palette slot. */
export const slotColor = (slot: number) => `var(--series-${(slot % PALETTE_SIZE) + 1})`;

/**
 * Families read together keep fixed slots: an indicator takes its family's colour (GDP and its share
 * of national GDP are both blue), so the headline charts never depend on a hash.
 */
const FAMILY_SLOTS: Readonly<Record<string, number>> = {
  gdp: 0,
  zone_count: 0,
  trade_total_cny: 1,
  trade_total_usd: 1,
  fdi_actual_usd: 3,
  exports_usd: 2,
  exports_cny: 2,
  imports_usd: 5,
  imports_cny: 5,
  industrial_va: 4,
  fiscal_revenue: 6,
  tax_revenue: 6,
  high_tech_enterprises: 7,
};

/** An indicator's family: the level it derives from, or itself. */
export function familyOf(indicator: { id: string; base?: string }): string {
  return indicator.base || indicator.id;
}

/** A stable number for an id (FNV-1a), so families without a fixed slot still keep theirs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The slot a family asks for, in any chart. */
export function familySlot(family: string): number {
  return FAMILY_SLOTS[family] ?? hash(family) % PALETTE_SIZE;
}

/** Regions shown as separate lines of one indicator: all zones keeps the indicator's colour. */
const REGION_OFFSET: Readonly<Record<string, number>> = {
  national: 0,
  east: 1,
  central: 2,
  west: 3,
  northeast: 4,
  central_west: 5,
  policy5: 6,
  early33: 7,
  top30: 5,
  top10_fdi: 6,
  top10_trade: 7,
};

export interface ColorRequest {
  /** What one colour stands for in this chart (an indicator, or an indicator in a region). */
  key: string;
  /** The indicator's family. */
  family: string;
  /** The region, when the chart tells regions apart by colour. */
  region?: string;
}

/** The slot a key asks for before other keys of the same chart are known. */
export function preferredSlot(request: ColorRequest): number {
  const base = familySlot(request.family);
  if (request.region === undefined) return base;
  const offset = REGION_OFFSET[request.region] ?? (hash(request.region) % (PALETTE_SIZE - 1)) + 1;
  return (base + offset) % PALETTE_SIZE;
}

/**
 * Slots for the keys of one chart: each key gets the slot it asks for unless another key of the chart
 * holds it, then the next free one. Keys are served in a fixed order (not the order chosen), so the
 * same set of indicators gets the same colours whatever order a link names them in.
 */
export function assignColors(requests: readonly ColorRequest[]): Map<string, number> {
  const order = [...requests].sort((a, b) => {
    const fixed = Number(a.family in FAMILY_SLOTS) - Number(b.family in FAMILY_SLOTS);
    if (fixed !== 0) return -fixed;
    const national = Number(a.region === 'national') - Number(b.region === 'national');
    if (national !== 0) return -national;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  const used = new Set<number>();
  const slots = new Map<string, number>();
  for (const r of order) {
    if (slots.has(r.key)) continue;
    const wanted = preferredSlot(r);
    let slot = wanted;
    for (let i = 0; i < PALETTE_SIZE && used.has(slot); i += 1) slot = (wanted + i + 1) % PALETTE_SIZE;
    used.add(slot);
    slots.set(r.key, slot);
  }
  return slots;
}
