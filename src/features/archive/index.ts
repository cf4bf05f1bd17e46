import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { archiveRoutes } from "./routes.tsx";

export { archiveStaffPublication, verifyArchive } from "./service.ts";

/** The archive: what the bank published, kept and shown as it was. */
export const archiveFeature: Feature = { name: "archive", messages: { fr, en }, routes: [archiveRoutes] };
