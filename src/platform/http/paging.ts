import type { FastifyRequest } from "fastify";
import { positiveId, queryParam } from "./forms.ts";

/** Rows on one page of a staff list (the DPO's requests, breaches, campaigns, contacts). */
export const PAGE_SIZE = 50;

/** One page of a list, with what the page needs to say where it stands ("51–100 of 240"). */
export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
  /** The position of the page's first item in the whole list (1-based). */
  first: number;
}

/** The page a list's `?page=` asks for: 1 when absent or not a number. */
export function pageAsked(request: FastifyRequest): number {
  return Math.min(positiveId(queryParam(request, "page")) ?? 1, 100_000);
}

/**
 * One page of a list and its total, in two queries whatever the list's length. The rows must be
 * read in a total order (ending with the id), so that no row falls between two pages. A page
 * past the end shows the last one: a link kept while items were closed still lands on the list.
 */
export async function onePage<T>(
  asked: number,
  total: () => Promise<number>,
  read: (limit: number, offset: number) => Promise<T[]>,
  size = PAGE_SIZE,
): Promise<Page<T>> {
  const count = await total();
  const pageCount = Math.max(1, Math.ceil(count / size));
  const page = Math.min(Math.max(1, asked), pageCount);
  const offset = (page - 1) * size;
  return { items: await read(size, offset), page, pageCount, total: count, first: offset + 1 };
}
