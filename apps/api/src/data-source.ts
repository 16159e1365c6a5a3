// The DataSource of the TypeORM CLI (migration:generate). It needs DATABASE_URL; the app itself does not.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@forum/config';
import { dataSourceOptions } from '@forum/database';
import { entities } from './entities.js';

const config = loadConfig(process.env);
if (!config.databaseUrl) throw new Error('DATABASE_URL is required by the TypeORM CLI');

export default new DataSource(dataSourceOptions(config.databaseUrl, entities));
