import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching: the one way to link within the service. By default Next fetches
 * every page a link on screen points to, in the background, each one rendered by the server. The
 * people who use this service are often on an old phone or a poor connection, and follow few of
 * the links a page shows (a task list, a menu, a summary of answers), so those fetches cost their
 * data and battery and the server's work for nothing; a link is fetched when it is followed
 * (docs/decisions/030-snelheid.md, addendum 2026-12-05). eslint.config.mjs forbids next/link
 * everywhere else.
 */
export default function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
