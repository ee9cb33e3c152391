import { useI18n } from 'vue-i18n';
import { languageName } from '../lib/format';

/**
 * A language's name in the UI language: our own translations for the common ones (browsers often lack
 * nynorsk names), else the browser's (bokmål names for nynorsk), else the code.
 */
export function useLanguageName() {
  const { t, te, locale } = useI18n();
  return (code: string) => {
    const key = `resources.languages.${code}`;
    if (te(key)) return t(key);
    return languageName(code, locale.value === 'nn' ? 'nb' : locale.value);
  };
}
