import { Municipality } from './modules/reference/municipality.entity.js';
import { Topic } from './modules/reference/topic.entity.js';

/** Every entity the ORM knows; a new module adds its entities here. */
export const entities = [Municipality, Topic];
