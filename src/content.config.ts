import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader';
import { registryLoader } from './loaders/registry-loader';
import { articleSchema } from './schemas/article';
import { registryRecordSchema } from './schemas/registry';

const registry = defineCollection({ loader: registryLoader(), schema: registryRecordSchema });
const articles = defineCollection({ loader: articlesLoader('./content/ports'), schema: articleSchema });

export const collections = { registry, articles };
