/** The part of the `stopword` package (3.1.5, no bundled types) that the language gate uses. */
declare module 'stopword' {
  /** English stop words, lower case. */
  export const eng: string[];
  /** Indonesian stop words, lower case. */
  export const ind: string[];
}
