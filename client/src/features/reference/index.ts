// Reference data (municipalities, topics) other features pick from and name.
export { useMunicipalities } from './composables/useMunicipalities';
export { topicName, useTopics } from './composables/useTopics';
export { default as MunicipalityCheckboxes } from './components/MunicipalityCheckboxes.vue';
export { default as MunicipalityOptions } from './components/MunicipalityOptions.vue';
export { default as TopicCheckboxes } from './components/TopicCheckboxes.vue';
