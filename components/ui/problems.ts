// What each "something is wrong" page says, as data: which page it is, what happened in everyday
// words, and where to go next. The pages themselves only pick one.
export type Problem = { title: string; text: string; links: Array<{ href: string; label: string }> };

export const PROBLEMS = {
  pageNotFound: {
    title: "Page not found",
    text: "This page does not exist or the link is incomplete. Your orders and eSIMs are safe.",
    links: [
      { href: "/", label: "Find a destination" },
      { href: "/account", label: "My eSIMs" },
    ],
  },
  storeNotFound: {
    title: "We could not find that",
    text: "This plan or destination is not in our catalogue, or the order link is incomplete. Order links are in your confirmation email; signed-in customers find every order under My eSIMs.",
    links: [
      { href: "/", label: "Find a destination" },
      { href: "/account/orders", label: "My orders" },
    ],
  },
  accountNotFound: {
    title: "Not in your account",
    text: "We could not find this eSIM, order or plan in your account. If you bought it with another email address, sign in with that one.",
    links: [
      { href: "/account", label: "My eSIMs" },
      { href: "/account/orders", label: "My orders" },
    ],
  },
  adminNotFound: {
    title: "No such record",
    text: "This order, eSIM or entry does not exist. It may have been typed wrong or removed.",
    links: [
      { href: "/admin/orders", label: "Orders" },
      { href: "/admin/customers", label: "Customers & eSIMs" },
    ],
  },
  storeFailed: {
    title: "This page did not load",
    text: "Something went wrong on our side. Nothing was charged. Please try again in a moment.",
    links: [{ href: "/", label: "Back to destinations" }],
  },
  accountFailed: {
    title: "Your account did not load",
    text: "Something went wrong on our side. Your eSIMs keep working; nothing was changed. Please try again in a moment.",
    links: [{ href: "/account", label: "My eSIMs" }],
  },
} satisfies Record<string, Problem>;
