/**
 * What the panel for texts that failed to load says when the interface texts themselves
 * (locales/<lng>/common.json) are what failed: the only interface text outside locales/. In both
 * complete languages, since the reader's language is what could not be loaded.
 */
export const TEXTS_FAILED_FALLBACK = {
  title: '文字未能加载 · The texts could not be loaded',
  body: '网络连接可能中断了。请重试；网络恢复后会自动重试。· The connection may have dropped. Try again; when it comes back, the dashboard tries again by itself.',
  details: '技术细节 · Technical details',
  retry: '重试 · Try again',
} as const;
