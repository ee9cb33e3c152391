import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123005545 } from './Migration20261123005545.js';
import { Migration20261123010447 } from './Migration20261123010447.js';
import { Migration20261123012010 } from './Migration20261123012010.js';
import { Migration20261123012918 } from './Migration20261123012918.js';
import { Migration20261123014354 } from './Migration20261123014354.js';
import { Migration20261123014940 } from './Migration20261123014940.js';
import { Migration20261123020529 } from './Migration20261123020529.js';
import { Migration20261123051438 } from './Migration20261123051438.js';
import { Migration20261123120000 } from './Migration20261123120000.js';
import { Migration20261123175203 } from './Migration20261123175203.js';
import { Migration20261123184326 } from './Migration20261123184326.js';
import { Migration20261205083435 } from './Migration20261205083435.js';
import { Migration20261205090000 } from './Migration20261205090000.js';
import { Migration20261205083441 } from './Migration20261205083441.js';
import { Migration20261205083013 } from './Migration20261205083013.js';
import { Migration20261205083412 } from './Migration20261205083412.js';
import { Migration20261205114603 } from './Migration20261205114603.js';
import { Migration20261205152842 } from './Migration20261205152842.js';
import { Migration20261205114502 } from './Migration20261205114502.js';
import { Migration20261205115319 } from './Migration20261205115319.js';
import { Migration20261205120009 } from './Migration20261205120009.js';
import { Migration20261205121008 } from './Migration20261205121008.js';
import { Migration20261205122720 } from './Migration20261205122720.js';
import { Migration20261205124155 } from './Migration20261205124155.js';
import { Migration20261205125421 } from './Migration20261205125421.js';
import { Migration20261205160112 } from './Migration20261205160112.js';
import { Migration20261205162639 } from './Migration20261205162639.js';
import { Migration20261205170000 } from './Migration20261205170000.js';
import { Migration20261205151932 } from './Migration20261205151932.js';
import { Migration20261205114221 } from './Migration20261205114221.js';
// <imports>

/** Every migration, oldest first. `npm run migration:create` appends here; never reorder or edit applied ones. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123005545', class: Migration20261123005545 },
  { name: 'Migration20261123010447', class: Migration20261123010447 },
  { name: 'Migration20261123012010', class: Migration20261123012010 },
  { name: 'Migration20261123012918', class: Migration20261123012918 },
  { name: 'Migration20261123014354', class: Migration20261123014354 },
  { name: 'Migration20261123014940', class: Migration20261123014940 },
  { name: 'Migration20261123020529', class: Migration20261123020529 },
  { name: 'Migration20261123051438', class: Migration20261123051438 },
  { name: 'Migration20261123120000', class: Migration20261123120000 },
  { name: 'Migration20261123175203', class: Migration20261123175203 },
  { name: 'Migration20261123184326', class: Migration20261123184326 },
  { name: 'Migration20261205083435', class: Migration20261205083435 },
  { name: 'Migration20261205090000', class: Migration20261205090000 },
  { name: 'Migration20261205083441', class: Migration20261205083441 },
  { name: 'Migration20261205083013', class: Migration20261205083013 },
  { name: 'Migration20261205083412', class: Migration20261205083412 },
  { name: 'Migration20261205114603', class: Migration20261205114603 },
  { name: 'Migration20261205152842', class: Migration20261205152842 },
  { name: 'Migration20261205114502', class: Migration20261205114502 },
  { name: 'Migration20261205115319', class: Migration20261205115319 },
  { name: 'Migration20261205120009', class: Migration20261205120009 },
  { name: 'Migration20261205121008', class: Migration20261205121008 },
  { name: 'Migration20261205122720', class: Migration20261205122720 },
  { name: 'Migration20261205124155', class: Migration20261205124155 },
  { name: 'Migration20261205125421', class: Migration20261205125421 },
  { name: 'Migration20261205160112', class: Migration20261205160112 },
  { name: 'Migration20261205162639', class: Migration20261205162639 },
  { name: 'Migration20261205170000', class: Migration20261205170000 },
  { name: 'Migration20261205151932', class: Migration20261205151932 },
  { name: 'Migration20261205114221', class: Migration20261205114221 },
  // <list>
];
