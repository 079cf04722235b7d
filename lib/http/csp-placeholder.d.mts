export declare const PLACEHOLDER: string;
