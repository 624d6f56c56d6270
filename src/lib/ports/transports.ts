/**
 * The transport protocols IANA assigns port numbers for, in the order the site lists them. Free of
 * zod and of Node, so the schemas, the registry parsers and the browser's search all take it.
 */
export const TRANSPORTS = ['tcp', 'udp', 'sctp', 'dccp'] as const;
export type Transport = (typeof TRANSPORTS)[number];
