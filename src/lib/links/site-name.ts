/** The site's name, in titles, previews and structured data. */
export const SITE_NAME = 'Port Atlas';
