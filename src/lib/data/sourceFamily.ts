import type { Source } from '../../schemas/source';

/**
 * The family a figure belongs to for comparisons: its original publisher. A news report of a BPS release is
 * in the BPS family (source.origin.publisher); a source without an origin is its own publisher.
 * @example sourceFamily({ publisher: 'ANTARA', origin: { publisher: 'BPS Sulawesi Utara' } }) // => 'BPS Sulawesi Utara'
 */
export function sourceFamily(source: Pick<Source, 'publisher'> & { origin?: Pick<NonNullable<Source['origin']>, 'publisher'> | undefined }): string {
  return source.origin?.publisher ?? source.publisher;
}
