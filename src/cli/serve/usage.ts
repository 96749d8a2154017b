// Kept apart from the command so the command list can show it without loading Eleventy.
export const serveUsage = `npm start -- [--content content] [--output .preview] [--port 8080]`;
