import type { TFunction } from 'i18next';
import { DEFAULT_CAPTIONS } from '../../state/deck';
import { slideState } from '../../state/url';

/** A default slide has its own caption; any other slide is named after its view. */
export function slideTitle(t: TFunction<'common'>, slide: string): string {
  const caption = DEFAULT_CAPTIONS[slide];
  return caption ? t(caption) : t(`views.${slideState(slide).view}.title`);
}
