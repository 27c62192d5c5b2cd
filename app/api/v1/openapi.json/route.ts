import { maakOpenApiDocument } from "@/lib/beoordeling/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(maakOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
