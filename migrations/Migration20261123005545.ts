import { Migration } from '@mikro-orm/migrations';

/** Reference data: municipalities of Telemark and Vestfold (numbering from 2024) and the topics of integration work. */
export class Migration20261123005545 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "municipality" ("number" varchar(4) not null, "name" varchar(255) not null, "county_number" varchar(2) not null, "county_name" varchar(255) not null, constraint "municipality_pkey" primary key ("number"));`);

    this.addSql(`create table "topic" ("slug" varchar(64) not null, "name_nb" varchar(255) not null, "name_nn" varchar(255) not null, "name_en" varchar(255) not null, "sort_order" smallint not null default 0, constraint "topic_pkey" primary key ("slug"));`);

    const municipalities = [
      ['4001', 'Porsgrunn', '40', 'Telemark'],
      ['4003', 'Skien', '40', 'Telemark'],
      ['4005', 'Notodden', '40', 'Telemark'],
      ['4010', 'Siljan', '40', 'Telemark'],
      ['4012', 'Bamble', '40', 'Telemark'],
      ['4014', 'Kragerø', '40', 'Telemark'],
      ['4016', 'Drangedal', '40', 'Telemark'],
      ['4018', 'Nome', '40', 'Telemark'],
      ['4020', 'Midt-Telemark', '40', 'Telemark'],
      ['4022', 'Seljord', '40', 'Telemark'],
      ['4024', 'Hjartdal', '40', 'Telemark'],
      ['4026', 'Tinn', '40', 'Telemark'],
      ['4028', 'Kviteseid', '40', 'Telemark'],
      ['4030', 'Nissedal', '40', 'Telemark'],
      ['4032', 'Fyresdal', '40', 'Telemark'],
      ['4034', 'Tokke', '40', 'Telemark'],
      ['4036', 'Vinje', '40', 'Telemark'],
      ['3901', 'Horten', '39', 'Vestfold'],
      ['3903', 'Holmestrand', '39', 'Vestfold'],
      ['3905', 'Tønsberg', '39', 'Vestfold'],
      ['3907', 'Sandefjord', '39', 'Vestfold'],
      ['3909', 'Larvik', '39', 'Vestfold'],
      ['3911', 'Færder', '39', 'Vestfold'],
    ];
    const knex = this.getKnex();
    this.addSql(
      knex.insert(municipalities.map(([number, name, county_number, county_name]) => ({ number, name, county_number, county_name }))).into('municipality'),
    );

    const topics: [string, string, string, string, number][] = [
      ['settlement', 'Bosetting', 'Busetjing', 'Settlement of refugees', 0],
      ['qualification', 'Kvalifisering og opplæring', 'Kvalifisering og opplæring', 'Qualification and education', 1],
      ['career-guidance', 'Karriereveiledning', 'Karriererettleiing', 'Career guidance', 2],
      ['norwegian-training', 'Norskopplæring', 'Norskopplæring', 'Norwegian language training', 3],
      ['working-life', 'Arbeidsliv', 'Arbeidsliv', 'Working life', 4],
      ['volunteering', 'Frivillighet', 'Frivilligheit', 'Volunteering', 5],
      ['negative-social-control', 'Negativ sosial kontroll', 'Negativ sosial kontroll', 'Negative social control', 6],
      ['children-youth', 'Barn og unge', 'Born og unge', 'Children and young people', 7],
      ['health', 'Helse', 'Helse', 'Health', 8],
      ['ukraine', 'Ukraina', 'Ukraina', 'Ukraine', 9],
      ['diversity', 'Mangfold og inkludering', 'Mangfald og inkludering', 'Diversity and inclusion', 10],
      ['interpreting', 'Tolking', 'Tolking', 'Interpreting', 11],
    ];
    this.addSql(
      knex.insert(topics.map(([slug, name_nb, name_nn, name_en, sort_order]) => ({ slug, name_nb, name_nn, name_en, sort_order }))).into('topic'),
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "municipality" cascade;`);
    this.addSql(`drop table if exists "topic" cascade;`);
  }
}
