// Escapes text for HTML built by hand (emails, the Stripe sandbox's page).
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
