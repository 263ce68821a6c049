import { keepShellHeading, shellHeading } from '../../../src/app/shellHeading';

describe('the heading index.html showed', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    keepShellHeading();
  });

  it('is kept for its view and language only', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<main id="main"><header class="view-header" data-shell-view="growth">
      <p class="view-title">Zone growth</p><p class="lead">How many…</p></header></main>`;
    keepShellHeading();
    expect(shellHeading('growth', 'en')).toEqual({
      view: 'growth',
      lang: 'en',
      title: 'Zone growth',
      lead: 'How many…',
    });
    expect(shellHeading('growth', 'zh')).toBeNull();
    expect(shellHeading('compare', 'en')).toBeNull();
  });

  it('is none when index.html showed the loading bars', () => {
    document.body.innerHTML = '<main id="main"><div class="skeleton" data-shell-bar></div></main>';
    keepShellHeading();
    expect(shellHeading('overview', 'zh')).toBeNull();
  });
});
