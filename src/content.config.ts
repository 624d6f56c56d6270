import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader';
import { registryLoader } from './loaders/registry-loader';
import { softwareLoader } from './loaders/software-loader';
import { articleSchema } from './schemas/article';
import { registryRecordSchema } from './schemas/registry';
import { softwareSchema } from './schemas/software';

const registry = defineCollection({ loader: registryLoader(), schema: registryRecordSchema });
const articles = defineCollection({ loader: articlesLoader('./content/ports'), schema: articleSchema });
const software = defineCollection({ loader: softwareLoader('./content/software'), schema: softwareSchema });

export const collections = { registry, articles, software };
