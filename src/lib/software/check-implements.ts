/** What the check needs of a software entry; structural, so it runs without Astro. */
interface ImplementsEntry {
  slug: string;
  ports: readonly { implements?: string | undefined }[];
}

/**
 * Every `implements` must be a service name the registry knows: a typo would otherwise turn a
 * product into a squatter on its own port. Throws naming the file and the field.
 */
export function checkImplements(software: readonly ImplementsEntry[], serviceNames: ReadonlySet<string>): void {
  for (const entry of software) {
    entry.ports.forEach((use, i) => {
      if (use.implements !== undefined && !serviceNames.has(use.implements)) {
        throw new Error(
          `content/software/${entry.slug}.yaml: ports[${i}].implements is "${use.implements}", which is not a service name in the IANA registry. ` +
            'Use the registry\'s name of the protocol (e.g. "domain" for DNS, "http", "ms-wbt-server" for RDP), or omit the field when the product speaks its own protocol.',
        );
      }
    });
  }
}
