import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOpenData } from '../../model/open-data.ts';
import type { OpenDataFile } from '../../page-data/open-data.ts';

export const getStaticPaths = (async () => {
  const { files } = await loadOpenData();
  return files.map((file) => ({ params: { file: file.path.replace(/^\/data\//, '') }, props: { file } }));
}) satisfies GetStaticPaths;

/** The downloads and their schemas: the bytes the /data/ page measured. */
export const GET: APIRoute<{ file: OpenDataFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'content-type': `${props.file.mediaType}; charset=utf-8` } });
