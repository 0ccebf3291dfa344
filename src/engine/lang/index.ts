import type { Lang } from '../languages';
import type { LanguagePack } from './pack';
import { et } from './et';
import { en } from './en';
import { pl } from './pl';

export const PACKS: Record<Lang, LanguagePack> = { et, en, pl };
