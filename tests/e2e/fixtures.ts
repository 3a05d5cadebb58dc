import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "ilp-demo-2026";

/** Signs in through next-auth's credentials endpoint, as a browser would after the form. */
export async function signInByApi(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.userId, `signed in as ${username}`).toBeTruthy();
}

export const test = base;
export { expect };
