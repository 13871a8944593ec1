'use client';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { hugeData } from '../shared/huge-data.ts';

/**
 * Says that only the first pairs of a huge bag are shown (the rest are kept as stored), or nothing
 * when every pair is shown. Part `shown-pairs`.
 */
export function ShownPairs({ total }: { total: number }) {
  const { locale } = useTeamkit();
  const words = useAreaMessages('metadata', englishMetadata);
  if (total <= hugeData.shownPairs) return null;
  const number = new Intl.NumberFormat(locale);
  return (
    <p data-part="shown-pairs">
      {formatMessage(words.pairsShortened, {
        shown: number.format(hugeData.shownPairs),
        total: number.format(total),
      })}
    </p>
  );
}
