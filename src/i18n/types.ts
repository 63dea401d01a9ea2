import type en from './en';

/** A UI string's key: English declares them, the other dictionaries must have exactly the same. */
export type UiKey = keyof typeof en;
export type UiDictionary = Record<UiKey, string>;
