/** Relations as both ends see them: "responds to" on one page is "answered by" on the other. */
import type { Incident } from "../notes/content.ts";
import type { Relation } from "../notes/schema.ts";

export interface RelationLink {
  incident: string;
  /** How the linked incident relates to this one, in words. */
  label: string;
}

const FORWARD: Record<Relation, string> = { "responds-to": "Responds to", follows: "Follows", "see-also": "See also" };
const INVERSE: Record<Relation, string> = { "responds-to": "Answered by", follows: "Followed by", "see-also": "See also" };

/** Every incident's links: its own, then the inverses of the links that point at it. */
export function relationLinks(incidents: readonly Incident[]): Map<string, RelationLink[]> {
  const links = new Map<string, RelationLink[]>(incidents.map((incident) => [incident.id, []]));
  for (const incident of incidents) {
    for (const link of incident.related) {
      if (!links.has(link.incident)) continue;
      addOnce(links.get(incident.id)!, { incident: link.incident, label: FORWARD[link.relation] });
      addOnce(links.get(link.incident)!, { incident: incident.id, label: INVERSE[link.relation] });
    }
  }
  return links;
}

function addOnce(list: RelationLink[], link: RelationLink): void {
  if (!list.some((known) => known.incident === link.incident && known.label === link.label)) list.push(link);
}
