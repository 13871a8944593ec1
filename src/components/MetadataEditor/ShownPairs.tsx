'use client';
import { formatMessage } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { hugeData } from '../shared/huge-data.ts';

/**
 * Says that only the first pairs of a huge bag are shown (the rest are kept as stored), or nothing
 * when every pair is shown. Part `shown-pairs`.
 */
export function ShownPairs({ total }: { total: number }) {
  const { messages, locale } = useTeamkit();
  if (total <= hugeData.shownPairs) return null;
  const number = new Intl.NumberFormat(locale);
  return (
    <p data-part="shown-pairs">
      {formatMessage(messages.metadata.pairsShortened, {
        shown: number.format(hugeData.shownPairs),
        total: number.format(total),
      })}
    </p>
  );
}
