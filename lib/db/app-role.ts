import pg from "pg";

export const APP_ROLE = "pantau_app";

/**
 * Lets the app's role (created NOLOGIN by the migrations) log in with `password`,
 * and returns the URL the running app connects with: the owner's URL with the
 * app role's credentials. For local and test databases; in production set
 * APP_DATABASE_URL instead.
 */
export async function enableAppRoleLogin(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${password.replaceAll("'", "''")}'`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
