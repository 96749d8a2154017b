/** Template filters of the visual views, registered by the site plugin. Each says what it returns. */
import { longDate } from "../timeline/format-time.ts";
import { shortPlaceName } from "./map/map-view.ts";

export const VIEW_FILTERS = {
  /** "Friday 24 March 2023" for a YYYY-MM-DD day. */
  longDate: (day: string) => longDate(day),
  /** A place's name without its parenthesis: "Al-Omar oil field". */
  shortPlaceName: (name: string) => shortPlaceName(name),
  /** The city of an IANA zone: "New York" for America/New_York. */
  zoneCity: (zone: string) => zone.split("/").at(-1)!.replace(/_/g, " "),
} as const;
