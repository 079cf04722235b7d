export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, hops: number): string;
export function normaliseForwarding(req: import("node:http").IncomingMessage, hops: number): void;
