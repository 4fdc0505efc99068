import Link from "next/link";

/** What a person reads on a page their role does not open; the caller supplies the one <main>. */
export function ForbiddenMessage() {
  return (
    <>
      <h1>You cannot open this page</h1>
      <p>Your role does not include this part of the tracker. If you need it, ask your workspace administrator.</p>
      <p>
        <Link href="/">Go to the overview</Link>
      </p>
    </>
  );
}
