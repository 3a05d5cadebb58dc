/**
 * Signs out and goes to the sign-in page. next-auth's browser client (about 9 KB
 * gzip) is loaded at the click, not with every page that shows a sign-out button.
 */
export async function signOutToSignIn(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/masuk" });
}
