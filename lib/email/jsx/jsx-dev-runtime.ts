// Development builds import the dev runtime; emails render the same either way.
export * from "./jsx-runtime";
