import type { PortIndex } from '../model/port-index.ts';
import { portSearchEntryOf } from './port-page.ts';

/** The built file of a directory-style URL: "/ports/626/" -> "ports/626/index.html". */
export function sourcePathOf(pathname: string): string {
  const clean = pathname.replace(/^\/+|\/+$/g, '');
  return clean ? `${clean}/index.html` : 'index.html';
}

/**
 * The built files the search index reads: the port pages whose search entry is indexed (a port
 * that says only "unassigned" stays out). A fact of the data, so the index step reads only those
 * instead of opening every page to look for the marker.
 */
export function searchPageFiles(index: PortIndex, ports: readonly number[]): string[] {
  return ports.filter((port) => portSearchEntryOf(index, port).indexed).map((port) => sourcePathOf(`/ports/${port}/`));
}
