// Escapes text for the hosted page, which the sandbox writes by hand.
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
