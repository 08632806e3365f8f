import type { SourceDocumentKind } from '../../shared/documents/sourceDocumentKinds';
import { plural } from './format';

/** How a running sentence counts documents of each kind: "1 watchlist", "2 examination outcomes files". */
const nouns: Readonly<Record<SourceDocumentKind, readonly [singular: string, pluralForm: string]>> = {
  'intelligence-report': ['intelligence report', 'intelligence reports'],
  watchlist: ['watchlist', 'watchlists'],
  'examination-outcomes': ['examination outcomes file', 'examination outcomes files'],
};

export function countDocuments(count: number, kind: SourceDocumentKind): string {
  const [singular, pluralForm] = nouns[kind];
  return plural(count, singular, pluralForm);
}
