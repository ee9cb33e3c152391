import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { MunicipalitiesDocument, type MunicipalitiesQuery } from '@/gql/graphql';

export type MunicipalityItem = MunicipalitiesQuery['municipalities'][number];

export interface County {
  number: string;
  name: string;
  municipalities: MunicipalityItem[];
}

const byName = new Intl.Collator('nb').compare;

/** Groups by county (in county-number order), municipalities alphabetically (æ, ø, å last). */
export function groupByCounty(municipalities: readonly MunicipalityItem[]): County[] {
  const counties = new Map<string, County>();
  for (const m of municipalities) {
    let county = counties.get(m.countyNumber);
    if (!county) {
      county = { number: m.countyNumber, name: m.countyName, municipalities: [] };
      counties.set(m.countyNumber, county);
    }
    county.municipalities.push(m);
  }
  return [...counties.values()]
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((c) => ({ ...c, municipalities: c.municipalities.sort((a, b) => byName(a.name, b.name)) }));
}

export function useMunicipalities() {
  const { result, loading, error, refetch } = useQuery(MunicipalitiesDocument);
  const counties = computed(() => groupByCounty(result.value?.municipalities ?? []));
  // Show the spinner only before the first answer; a background refetch keeps the list.
  const initialLoading = computed(() => loading.value && !result.value);
  const names = computed(() => new Map(counties.value.flatMap((c) => c.municipalities.map((m) => [m.number, m.name] as const))));
  /** The municipality's name, or its number while the list loads (or when it is unknown). */
  const municipalityName = (number: string) => names.value.get(number) ?? number;
  return { counties, loading: initialLoading, error, refetch, municipalityName };
}
