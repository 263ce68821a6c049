import i18next from 'i18next';
import type { UnitsT } from '../../../src/i18n/format/number';
import enUnits from '../../../locales/en/units.json';
import zhUnits from '../../../locales/zh/units.json';

/** A t function over the real units namespace, for testing formatters without React. */
export async function unitsT(lng: 'zh' | 'en'): Promise<UnitsT> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { zh: { units: zhUnits }, en: { units: enUnits } },
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(lng, ['units']);
}
