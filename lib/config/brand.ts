// The store's name and promise, in one place.
export const BRAND = {
  name: "Roamwell",
  tagline: "Travel data that works the moment you land",
};
