import type { PortIndexInput } from '../model/port-index.ts';

/** What the port-pages step needs (port-pages.ts), carried in the site-steps input. */
export interface PortPagesInput {
  /** The collections' data the port index is built from. */
  index: PortIndexInput;
  /** Every port the site has a page for. */
  ports: number[];
  /** The public origin (SITE_URL). */
  site: string;
  /** PUBLIC_FEEDBACK_URL, or empty. */
  feedbackUrl: string;
  /** PUBLIC_ISSUE_URL. */
  issueUrl: string;
  /** The day the build ran (UTC), which the data files say they were generated on. */
  generated: string;
}

/** One worker's share: the pages it writes (or compares, for the pages Astro rendered) and the data files. */
export interface PortPagesJob extends PortPagesInput {
  root: string;
  /** The shell split at its marks: before the head, between head and main, after main. */
  shell: [string, string, string];
  /** This worker's ports. */
  share: number[];
}

/** What a worker reports when done. */
export interface PortPagesResult {
  pages: number;
  compared: number;
  dataFiles: number;
  bytes: number;
}
