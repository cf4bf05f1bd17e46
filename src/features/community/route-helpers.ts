import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import { field, positiveId, queryParam } from "../../platform/http/forms.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { findingsToConfirm } from "../../text/personal-data-masking.ts";
import { POSTS_PER_PAGE } from "./model.ts";
import { postUrl, type topicUrl } from "./paths.ts";

/** What the community's route plugins share: paging, a post's anchor, the masking check. */

const MAX_PAGE = 10_000;

/** The `page` query parameter, 1 when absent or out of range. */
export function pageOf(request: FastifyRequest): number {
  const page = positiveId(queryParam(request, "page"));
  return page && page <= MAX_PAGE ? page : 1;
}

export const pageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

/** A post's address on its topic: the page it is on and its anchor. */
export const postAnchor = (topic: Parameters<typeof topicUrl>[0], position: number) =>
  postUrl(topic, position, POSTS_PER_PAGE);

/** The personal data found in a post that its author has not yet confirmed to publish masked. */
export const unseenMasking = (ctx: AppContext, request: FastifyRequest, ...texts: string[]) =>
  findingsToConfirm(
    field(request, "confirmMasking") === "1",
    {
      publish: i18nFor(ctx.config.defaultLocale),
      reader: request.i18n,
      publicNumbers: ctx.config.bankPhoneNumbers,
    },
    ...texts,
  );
