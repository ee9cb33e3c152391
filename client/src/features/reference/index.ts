// Reference data (municipalities, topics) other features pick from and name.
export { useMunicipalities } from './composables/useMunicipalities';
export { topicName, useTopics } from './composables/useTopics';
export { default as ReferenceCheckboxes } from './components/ReferenceCheckboxes.vue';
