export declare const PLACEHOLDER: string;
export declare function inlineScriptHashes(html: string): string;
export declare function completePolicy(policy: string, html: string): string;
export declare function withIntegrity(html: string): string;
