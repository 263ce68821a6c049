import { useTranslation } from 'react-i18next';
import { Loading } from '../Loading';

/**
 * What a chart shows while its drawing code loads: the loading line in a box of the plot's own size,
 * so the key and the source line below do not jump down when the chart arrives.
 */
export function PlotLoading({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('common');
  return (
    <div className={compact ? 'chart-plot chart-plot--compact' : 'chart-plot'}>
      <Loading what={t('chart.loading')} />
    </div>
  );
}
