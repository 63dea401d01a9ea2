import { LANGS, type Lang } from '~/i18n/index';

/** getStaticPaths entries for a page that exists in every language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** Cross product of languages and items, for pages such as /[lang]/data/[id]/. */
export function langItemPaths<T, K extends string>(items: readonly T[], key: K, id: (item: T) => string) {
  return LANGS.flatMap((lang: Lang) => items.map((item) => ({ params: { lang, [key]: id(item) } as { lang: Lang } & Record<K, string>, props: { lang, item } })));
}
