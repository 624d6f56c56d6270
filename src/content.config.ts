import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader';
import { portNumbersLoader } from './loaders/port-numbers-loader';
import { articleSchema } from './schemas/article';
import { registryRecordSchema } from './schemas/registry';

const registry = defineCollection({ loader: portNumbersLoader(), schema: registryRecordSchema });
const articles = defineCollection({ loader: articlesLoader('./content/ports'), schema: articleSchema });

export const collections = { registry, articles };
