import { ComingPanel } from '../../ui/ComingPanel';

/** Built by a later release; until then the view says what it will hold. */
export default function PoliciesView() {
  return <ComingPanel view="policies" />;
}
