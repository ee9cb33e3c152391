/** The props MunicipalityCheckboxes and TopicCheckboxes share (those of CheckboxGroup, bar the options they load). */
export interface ReferenceCheckboxesProps {
  id: string;
  legend: string;
  description?: string;
  optionalLabel?: string;
  error?: string | null;
  /** The spinner's text while the list loads, where a form words it otherwise than the default. */
  loadingLabel?: string;
}

export const referenceCheckboxesDefaults = { description: undefined, optionalLabel: undefined, error: null, loadingLabel: undefined };
