import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAxisWords } from '../../ui/chart/useAxisWords';
import { rememberingT } from './rememberingT';
import { useLabels } from './useLabels';

const useViewTranslation = () => useTranslation(['compare', 'common', 'indicators', 'regions']);

/** What every panel words with: the view's translation function, its language, labels and axis words. */
export interface PanelWords extends ReturnType<typeof useLabels> {
  /** `t` over compare, common, indicators and regions (compare by default). */
  t: ReturnType<typeof useViewTranslation>['t'];
  lng: string;
  words: ReturnType<typeof useAxisWords>;
}

const PanelWordsContext = createContext<PanelWords | null>(null);

/**
 * Subscribes to the language once for all the panels below it. Each panel's frame, look, table, CSV
 * and chart subscribed on their own (about a dozen translation hooks per panel), and a language switch
 * re-rendered and re-subscribed each of them; now they read this value, which changes in the same
 * render as the language, so no panel ever draws with the old one.
 */
export function PanelWordsProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useViewTranslation();
  const labels = useLabels();
  const words = useAxisWords();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const value = useMemo(() => ({ ...labels, t: rememberingT(t), lng, words }), [labels, t, lng, words]);
  return <PanelWordsContext value={value}>{children}</PanelWordsContext>;
}

export function usePanelWords(): PanelWords {
  const words = useContext(PanelWordsContext);
  if (!words) throw new Error('usePanelWords needs a PanelWordsProvider above it');
  return words;
}
