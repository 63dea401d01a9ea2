import type { Lang } from '~/i18n/index';
import type { Region } from '~/schemas/region';
import type { Source } from '~/schemas/source';

/**
 * What a component needs to write a region's or a source's name from its id: the language and the lookups the
 * page has already loaded (getRegions(), getSources()), so no component queries the collections again.
 */
export interface LookupProps {
  lang: Lang;
  regions: ReadonlyMap<string, Region>;
  sources: ReadonlyMap<string, Source>;
}
