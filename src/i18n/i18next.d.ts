import 'i18next';
import type common from '../../locales/en/common.json';
import type compare from '../../locales/en/compare.json';
import type exportTexts from '../../locales/en/export.json';
import type growth from '../../locales/en/growth.json';
import type indicators from '../../locales/en/indicators.json';
import type notes from '../../locales/en/notes.json';
import type policies from '../../locales/en/policies.json';
import type rankings from '../../locales/en/rankings.json';
import type regions from '../../locales/en/regions.json';
import type translations from '../../locales/en/translations.json';
import type units from '../../locales/en/units.json';
import type zoneProfile from '../../locales/en/zoneProfile.json';
import type zones from '../../locales/en/zones.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      compare: typeof compare;
      export: typeof exportTexts;
      growth: typeof growth;
      indicators: typeof indicators;
      notes: typeof notes;
      policies: typeof policies;
      rankings: typeof rankings;
      regions: typeof regions;
      translations: typeof translations;
      units: typeof units;
      zoneProfile: typeof zoneProfile;
      zones: typeof zones;
    };
  }
}
