import { screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import PoliciesSlide from '../../../src/features/policies/PoliciesSlide';
import { defaultUrlState } from '../../../src/state/url';
import { renderWithProviders } from '../ui/render';

const input = {
  state: { ...defaultUrlState(), policies: { ...defaultUrlState().policies, doc: 'CN-MOFCOM-2025-132' } },
  part: '',
};

describe('the Policies slide', () => {
  it.each(['en', 'zh'] as const)(
    'in %s, its note counts the headings the slide shows, not the page list below',
    async (lng) => {
      const { container } = await renderWithProviders(
        <Suspense fallback={null}>
          <PoliciesSlide {...input} />
        </Suspense>,
        lng,
      );
      await screen.findByRole('article');
      const shown = container.querySelectorAll('.policies-slide__measures li').length;
      const note = container.querySelector('.slide__note')!.textContent!;
      // The 2025 plan: 18 entries in its four counted areas on the slide, 2 more outside them.
      expect(shown).toBe(18);
      expect(note).not.toMatch(/below|下列/);
      expect(note).not.toContain('20');
      if (lng === 'en') {
        expect(note).toMatch(/headings on this slide/);
        expect(note).toMatch(/2 more entries .* are not on this slide/);
      } else {
        expect(note).toMatch(/本页所列/);
        expect(note).toMatch(/另有2个条目.*未列在本页/);
      }
      // The note is text inside the slide's own paragraph, not a paragraph inside a paragraph.
      expect(container.querySelector('.slide__note p')).toBeNull();
    },
  );
});
