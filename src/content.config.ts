import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader.ts';
import { registryLoader } from './loaders/registry-loader.ts';
import { softwareLoader } from './loaders/software-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { registryRecordSchema } from './schemas/registry.ts';
import { softwareSchema } from './schemas/software.ts';

const registry = defineCollection({ loader: registryLoader(), schema: registryRecordSchema });
const articles = defineCollection({ loader: articlesLoader('./content/ports'), schema: articleSchema });
const software = defineCollection({ loader: softwareLoader('./content/software'), schema: softwareSchema });

export const collections = { registry, articles, software };
