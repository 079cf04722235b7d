// What each "something is wrong" page says, as data (problems.json): which page it is, what
// happened in everyday words, and where to go next. The pages themselves only pick one.
import problems from "./problems.json";

export type Problem = { title: string; text: string; links: Array<{ href: string; label: string }> };

export const PROBLEMS: Record<keyof typeof problems, Problem> = problems;
