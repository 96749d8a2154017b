// Kept apart from the command so the command list can show it without loading Eleventy.
export const buildUsage = `npm run build -- [--content content] [--output _site] [--pathprefix /sub/path/] [--search-shard-pages N [--search-shard K | --search-processes 2]]`;
