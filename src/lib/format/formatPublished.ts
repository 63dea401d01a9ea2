import { NUMBER_STYLE, type Lang } from '~/i18n/langs';
import type { PublishedForm } from '~/schemas/dataset';
import { UNITS, type UnitDefinition } from '~/schemas/units';
import { formatJapaneseLarge } from './formatJapaneseLarge';
import { formatNumber } from './formatNumber';
import { placesOf } from './decimal';

/**
 * A figure as its source printed it, written in each language's own notation with every printed digit kept:
 * 944.18 billion rupiah is ja "9,441億8,000万ルピア", id "Rp944,18 miliar", en "Rp944.18 billion";
 * "418.90" keeps its trailing zero ("Rp418,90 miliar"). Never a comma decimal in English or Japanese.
 */
export function formatPublished(form: PublishedForm, lang: Lang): string {
  const def: UnitDefinition = UNITS[form.unit];
  const places = placesOf(form.value);
  const value = Number(form.value);
  const style = NUMBER_STYLE[lang];
  if (style.myriads && def.jaBase) return `${formatJapaneseLarge(value, Math.round(Math.log10(def.scale)))}${def.jaBase}`;
  const number = formatNumber(value, lang, places);
  if (style.symbolFirst && def.symbol) return `${def.symbol}${number}${def.scaleWord ? ` ${def.scaleWord[lang as keyof typeof def.scaleWord]}` : ''}`;
  if (def.kind === 'percent') return `${number}%`;
  return def.label[lang] ? `${number}${style.unitGap}${def.label[lang]}` : number;
}
