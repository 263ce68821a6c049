import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import enCompare from '../../../locales/en/compare.json';
import enIndicators from '../../../locales/en/indicators.json';
import { dataKey, optionalText, type CommonKey } from '../../../src/i18n/keys';
import type { ActionMeta } from '../../../src/state/actions/registry';

/**
 * Never called: each marked line must fail the type check (npm run typecheck), and an unused
 * @ts-expect-error fails it too, so a misspelt translation key can never compile.
 */
export function KeysThatMustNotCompile({ id }: { id: string }) {
  const { t } = useTranslation(['compare', 'common']);
  // @ts-expect-error: no such key in compare.json
  t('compare:filters.indicatorz');
  // @ts-expect-error: no such key in compare.json, without the prefix either
  t('filters.indicatorz');
  // @ts-expect-error: the view's hook does not read the policies namespace
  t('policies:ui.title');
  // @ts-expect-error: no such key in common.json
  const help: CommonKey = 'actions.hepl';
  // @ts-expect-error: an action's labels are common texts, loaded wherever its button shows
  const control: ActionMeta['control'] = { labelKey: 'growth:timeline.title' };
  // @ts-expect-error: an indicator has a name and a definition, nothing else
  dataKey('indicators', `${id}.nmae`);
  // @ts-expect-error: no such namespace
  dataKey('indicatorz', `${id}.name`);
  // @ts-expect-error: the compare namespace holds no texts named by data ids
  dataKey('compare', `filters.${id}`);
  // @ts-expect-error: notes are grouped by the table column they belong to
  dataKey('notes', `valu.${id}`);
  return <p>{`${t('compare:filters.indicators')} ${help} ${String(control)}`}</p>;
}

/** An i18next instance over the real English compare and indicators texts. */
async function english() {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: { compare: enCompare, indicators: enIndicators } },
    interpolation: { escapeValue: false },
  });
  const t: TFunction<['compare', 'indicators']> = instance.getFixedT('en', ['compare', 'indicators']);
  return { instance, t };
}

describe('typed translation keys', () => {
  it('reads real keys, while a misspelt one would show its key to readers (hence the type check)', async () => {
    const { instance, t } = await english();
    expect(t('compare:filters.indicators')).toBe('Indicators');
    expect(t('filters.indicators')).toBe('Indicators');
    // What the type check stops: the misspelt key has no text, so i18next would show the key itself.
    expect(instance.exists('compare:filters.indicatorz')).toBe(false);
  });

  it('builds a key from a data id in its namespace, and the text is the one the id names', async () => {
    const { t } = await english();
    expect(dataKey('indicators', 'gdp.name')).toBe('indicators:gdp.name');
    expect(t(dataKey('indicators', 'gdp.name'))).toBe(enIndicators.gdp.name);
    expect(dataKey('notes', 'basis.some-note')).toBe('notes:basis.some-note');
  });

  it('reads an optional text where there is one and null where there is none', async () => {
    const { instance, t } = await english();
    expect(optionalText(instance, t, dataKey('indicators', 'gdp.definition'))).toBe(
      enIndicators.gdp.definition,
    );
    expect(optionalText(instance, t, dataKey('indicators', 'no-such-indicator.definition'))).toBeNull();
  });
});
