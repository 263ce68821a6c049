import { contentLanguage } from '../constants';
import { formatPartialDate } from './date';

/**
 * Builds the formatter of what every page draws with its first render (the dataset version's date in the
 * footer), in a task of its own while the first files are on their way: a page's first Intl formatter
 * loads the locale data, 14–27 ms at 1× CPU in Chromium (the ones after it take 0.1–2 ms), and it fell in
 * the render before the first screen (Sources' largest paint waited for it).
 */
export function warmFormatters(
  lng: string,
  date: string,
  later: (task: () => void) => void = setTimeout,
): void {
  later(() => void formatPartialDate(date, contentLanguage(lng)));
}
