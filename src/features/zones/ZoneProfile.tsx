import { useTranslation } from 'react-i18next';
import { zoneProfile } from '../../data/selectors/zones/profile';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { useZoneNames } from './useNames';
import { ZoneFacts } from './ZoneFacts';
import { ZoneFigures } from './ZoneFigures';
import { ZoneRanks } from './ZoneRanks';
import { ZoneSources } from './ZoneSources';
import { dataKey } from '../../i18n/keys';
import { ZONE_NS } from './texts';
import { ViewCite } from '../../ui/export/ViewCite';

/** One zone's page: its names, place, history, ranks, the figures that concern it and its sources. */
export function ZoneProfile({ id }: { id: string }) {
  const { t } = useTranslation(ZONE_NS);
  const dataset = useDataset();
  const profile = zoneProfile(dataset, id);
  const names = useZoneNames(id);
  if (!profile) return null;
  return (
    <article className="zone-profile" aria-labelledby="zone-profile-title">
      <header className="view-header">
        <p className="zone-profile__back small">
          <ViewLink to={{ view: 'zones', zones: { zone: null } }}>{t('profile.allZones')}</ViewLink>
        </p>
        <h1 id="zone-profile-title">{t(dataKey('zones', `name.${id}`))}</h1>
        <p className="zone-profile__names">
          {names.map((n) => (
            <span key={n.lng} lang={n.lng} className="zone-profile__name">
              {n.name}
            </span>
          ))}
        </p>
        <ViewCite subject={t(dataKey('zones', `name.${id}`))} sourceIds={profile.sources} />
      </header>
      <div className="zone-profile__grid">
        <ZoneFacts profile={profile} />
        <ZoneRanks profile={profile} />
      </div>
      <ZoneFigures profile={profile} />
      <ZoneSources ids={profile.sources} />
    </article>
  );
}
