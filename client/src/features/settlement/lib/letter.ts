/**
 * The recommendation letter to IMDi, in the written standard the county chooses (bokmål or nynorsk), whatever the
 * interface language: its words live here rather than in the locale files, which load one language at a time.
 */
export type LetterLanguage = 'nb' | 'nn';

interface LetterWords {
  to: string;
  subject: (year: string) => string;
  intro: (county: string, year: string) => string;
  basis: string;
  municipality: string;
  number: string;
  minors: string;
  reasoning: string;
  total: string;
  example: string;
  closing: string;
  regards: string;
  date: (date: string) => string;
  version: (n: number) => string;
}

export const LETTER: Record<LetterLanguage, LetterWords> = {
  nb: {
    to: 'Integrerings- og mangfoldsdirektoratet (IMDi)',
    subject: (year) => `Fylkeskommunens anbefaling om bosetting av flyktninger – ${year}`,
    intro: (county, year) => `${county} fylkeskommune anbefaler med dette hvor mange flyktninger som bør bosettes i den enkelte kommune i fylket i ${year}, jf. integreringsloven § 4.`,
    basis: 'Anbefalingen er gitt innenfor de nasjonale anmodningskriteriene og bygger på kommunenes svar på kartleggingen av kapasitet, tidligere års anmodninger, vedtak og bosetting, og fylkeskommunens kunnskap om tjenestetilbud og arbeidsmarked i regionen.',
    municipality: 'Kommune',
    number: 'Anbefalt antall',
    minors: 'Herav enslige mindreårige',
    reasoning: 'Begrunnelse',
    total: 'Sum',
    example: 'Tallene i dette brevet er eksempeltall.',
    closing: 'Vi ber IMDi legge vekt på anbefalingene i arbeidet med anmodningene til kommunene.',
    regards: 'Med vennlig hilsen',
    date: (date) => `Dato: ${date}`,
    version: (n) => `versjon ${n}`,
  },
  nn: {
    to: 'Integrerings- og mangfaldsdirektoratet (IMDi)',
    subject: (year) => `Fylkeskommunen si tilråding om busetjing av flyktningar – ${year}`,
    intro: (county, year) => `${county} fylkeskommune tilrår med dette kor mange flyktningar som bør busetjast i den einskilde kommunen i fylket i ${year}, jf. integreringslova § 4.`,
    basis: 'Tilrådinga er gjeven innanfor dei nasjonale oppmodingskriteria og byggjer på svara frå kommunane i kartlegginga av kapasitet, tidlegare års oppmodingar, vedtak og busetjing, og fylkeskommunen sin kunnskap om tenestetilbod og arbeidsmarknad i regionen.',
    municipality: 'Kommune',
    number: 'Tilrådd tal',
    minors: 'Av dei einslege mindreårige',
    reasoning: 'Grunngjeving',
    total: 'Sum',
    example: 'Tala i dette brevet er eksempeltal.',
    closing: 'Vi ber IMDi leggje vekt på tilrådingane i arbeidet med oppmodingane til kommunane.',
    regards: 'Med venleg helsing',
    date: (date) => `Dato: ${date}`,
    version: (n) => `versjon ${n}`,
  },
};

/** "5. desember 2026" in either standard (the month names are the same). */
export function letterDate(instant: string | Date): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
}
