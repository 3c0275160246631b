/** How many items a long glossary list shows at first, and how many more each "Show more" adds. */
export const pageSize = 200;
