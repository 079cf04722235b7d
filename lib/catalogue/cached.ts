// Catalogue reads for pages, cached and tagged: catalogue sync and pricing changes revalidate the
// tag (see app/api/internal/revalidate); a short lifetime covers other server instances.
import { unstable_cache } from "next/cache";
import { listAreaPlans, listDestinations } from "./destinations";
import { allPlanNames, planByName, plansForCountry } from "./plans";

export const CATALOGUE_TAG = "catalogue";
const options = { tags: [CATALOGUE_TAG], revalidate: 300 };

export const getDestinations = unstable_cache(listDestinations, ["destinations"], options);
export const getAreaPlans = unstable_cache(listAreaPlans, ["area-plans"], options);
export const getPlansForCountry = unstable_cache(plansForCountry, ["plans-for-country"], options);
export const getPlan = unstable_cache(planByName, ["plan"], options);
export const getPlanNames = unstable_cache(allPlanNames, ["plan-names"], options);
