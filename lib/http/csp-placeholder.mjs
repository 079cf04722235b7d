// The token proxy.ts puts in script-src and the web process replaces with the page's own script
// hashes (inline-script-hashes.mjs). Its own module: the proxy must not load the preload.
export const PLACEHOLDER = "'inline-script-hashes'";
