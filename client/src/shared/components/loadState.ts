/** What LoadState and QueryState take: the query's state and the texts for loading and failing. */
export interface LoadStateProps<T> {
  /** What the page is about; null or undefined until loaded. */
  data: T | null | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown> | undefined;
  loadingLabel: string;
  /** The heading and the alert's title when loading failed. */
  errorHeading: string;
  errorTitle: string;
}
