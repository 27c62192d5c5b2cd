import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function analyseer(page: Page): Promise<string[]> {
  const resultaat = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return resultaat.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/**
 * WCAG 2.2 AA as the standard asks: zero violations. axe runs inside the page, which a context
 * without JavaScript does not allow; there the page's server-rendered HTML, scripts removed, is
 * replayed at the same URL in a context with JavaScript, so axe sees exactly what a person
 * without JavaScript gets (the stylesheets load from the server as usual).
 */
export async function verwachtGeenAxeFouten(page: Page, opties: { javaScriptEnabled: boolean; browser: Browser }): Promise<void> {
  if (opties.javaScriptEnabled) {
    expect(await analyseer(page)).toEqual([]);
    return;
  }
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const context = await opties.browser.newContext({ javaScriptEnabled: true, locale: "nl-NL", viewport: page.viewportSize() ?? undefined });
  try {
    const kopie = await context.newPage();
    await kopie.route(url, (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    await kopie.goto(url);
    expect(await analyseer(kopie)).toEqual([]);
  } finally {
    await context.close();
  }
}
