import type { License } from '../../schemas/open-data.ts';

/** The statement that put IANA's protocol registries in the public domain. */
export const IANA_LICENSING_TERMS = 'https://www.iana.org/help/licensing-terms';

/** IANA's registry, and what the site derives from it (aliases, merged sources), which it dedicates alike. */
export const REGISTRY_LICENSE: License = {
  id: 'CC0-1.0',
  name: 'CC0 1.0 Universal',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  notice:
    `IANA's Service Name and Transport Protocol Port Number Registry is in the public domain under CC0 1.0 ` +
    `(joint IANA/IETF Trust statement of 10 November 2021, ${IANA_LICENSING_TERMS}); ` +
    'Port Atlas dedicates what it adds to the records (aliases, merged sources) the same way.',
};

/** The project's own data (software facts, verdicts) and its articles. */
export const PROJECT_LICENSE: License = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  notice: 'Port Atlas data, free to share and adapt with credit: name "Port Atlas" and link the page or file you used.',
};

/** A per-port file: the project's data around IANA's records, which stay CC0. */
export const PORT_FILE_LICENSE: License = {
  ...PROJECT_LICENSE,
  notice: `${PROJECT_LICENSE.notice} The registry records in it are IANA's, in the public domain under CC0 1.0 (${IANA_LICENSING_TERMS}).`,
};
