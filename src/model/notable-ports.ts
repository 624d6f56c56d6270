/**
 * The ports people look up and link to most. The home page lists them, and each gets its own
 * preview card (like ports with an article or a software entry) because links to them are the
 * ones most often pasted into forums and chats. Their names always come from the data.
 */
export const NOTABLE_PORTS: readonly number[] = [22, 25, 53, 80, 123, 443, 445, 626, 1433, 2646, 3000, 3306, 3389, 5000, 5432, 8080];
