import { highlightSegments } from '../../data/selectors/policies/search';

/** The text with every match of the search marked, so a reader sees why a measure is listed. */
export function Highlight({ text, q, lng }: { text: string; q: string; lng: string }) {
  return (
    <>{highlightSegments(text, q, lng).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
