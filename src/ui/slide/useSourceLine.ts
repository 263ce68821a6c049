import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublisherName } from '../Citation';
import { useDataset } from '../useDataset';
import { byWeight, fitNames } from './sourceLine';

/**
 * A slide's one line of sources: the publishers of what it shows, not a count of sources. Give it
 * publisher names (or, where the data keeps only addresses, host names) with repeats.
 */
export function useNamesLine() {
  const { t } = useTranslation();
  return useCallback(
    (names: readonly string[]) =>
      names.length === 0
        ? t('present.slide.noSource')
        : fitNames(byWeight(names), t('list.separator'), (list, shown, more) =>
            more > 0
              ? t('present.slide.sourceLineMore', { list, count: more })
              : t('present.slide.sourceLine', { list, count: shown }),
          ),
    [t],
  );
}

/** The same, from the dataset's source ids (one per figure shown). */
export function useSourceLine() {
  const dataset = useDataset();
  const publisher = usePublisherName();
  const line = useNamesLine();
  return (sourceIds: readonly string[]) =>
    line(
      sourceIds.flatMap((id) => {
        const source = dataset.sources.get(id);
        return source ? [publisher(source).text] : [];
      }),
    );
}
