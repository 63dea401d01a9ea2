/**
 * The cross-file rules, run once after every collection is read (src/lib/content/read.ts): what Zod cannot
 * check inside one file. Derived observations are computed first, so every later rule sees complete datasets.
 */
import { computeDerived } from '~/lib/data/derived';
import { writtenForm } from '../collections';
import type { CheckedContent } from './types';
import type { ContentIssue } from '../errors';
import { checkArticles } from './articles';
import { checkDatasets } from './datasets';
import { checkFigures } from './figures';
import { checkHubs } from './hubs';
import { checkOpportunities, checkTimeline } from './opportunities';
import { checkPlaces } from './places';
import { checkProvenance } from './provenance';
import { checkDeskContacts } from '~/lib/invest/deskContacts';
import { checkSetupGuides } from '~/lib/invest/setupGuide';

export function checkContent(content: CheckedContent): ContentIssue[] {
  return [
    ...computeDerived(content.datasets, content.sources, new Map([...content.datasets].map(([id, d]) => [id, writtenForm.get(d)]))),
    ...checkDatasets(content),
    ...checkProvenance(content),
    ...checkPlaces(content),
    ...checkOpportunities(content),
    ...checkTimeline(content),
    ...checkHubs(content),
    ...checkDeskContacts(content),
    ...checkSetupGuides(content),
    ...checkArticles(content),
    ...checkFigures(content),
  ];
}
