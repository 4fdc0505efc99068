import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main-content" className="container">
      <h1>Page not found</h1>
      <p>The address may be mistyped, or the framework or indicator no longer exists.</p>
      <p>
        <Link href="/frameworks">Go to the list of frameworks</Link>
      </p>
    </main>
  );
}
