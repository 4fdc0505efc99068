import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main-content" className="container">
      <h1>You cannot open this page</h1>
      <p>Your role does not include this part of the tracker. If you need it, ask your workspace administrator.</p>
      <p>
        <Link href="/">Go to the overview</Link>
      </p>
    </main>
  );
}
