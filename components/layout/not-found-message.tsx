import Link from "next/link";

/** What a person reads at an address that leads nowhere; the caller supplies the one <main>. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>The address may be mistyped, or the framework or indicator no longer exists.</p>
      <p>
        <Link href="/frameworks">Go to the list of frameworks</Link>
      </p>
    </>
  );
}
