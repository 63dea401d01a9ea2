/**
 * What the cross-file rules read: the collections by name, each entry with the file it came from. The
 * declarations in src/content.config.ts must provide all of it: `readContent` refuses at compile time a table
 * whose collections lack one or differ in type.
 */
import type { ArticleData } from '~/schemas/article';
import type { Dataset } from '~/schemas/dataset';
import type { DeskContact } from '~/schemas/contact';
import type { Hub } from '~/schemas/hub';
import type { Opportunity } from '~/schemas/opportunity';
import type { PageData } from '~/schemas/page';
import type { Place } from '~/schemas/place';
import type { PlaceName } from '~/schemas/placeName';
import type { Region } from '~/schemas/region';
import type { SetupGuide } from '~/schemas/setupGuide';
import type { Source } from '~/schemas/source';
import type { TimelineEvent } from '~/schemas/timelineEvent';
import type { Listed, Located, MdxEntryParts } from '../collections';

type Entries<T, Where = Located> = ReadonlyMap<string, T & Where>;

export interface CheckedContent {
  sources: Entries<Source, Listed>;
  regions: Entries<Region, Listed>;
  datasets: Entries<Dataset>;
  places: Entries<Place, Listed>;
  placeNames: Entries<PlaceName, Listed>;
  opportunities: Entries<Opportunity>;
  timeline: Entries<TimelineEvent, Listed>;
  hubs: Entries<Hub>;
  contacts: Entries<DeskContact>;
  setupGuides: Entries<SetupGuide>;
  articles: Entries<ArticleData, Located & MdxEntryParts>;
  pages: Entries<PageData, Located & MdxEntryParts>;
}
