import { NotFoundMessage } from "@/components/layout/not-found-message";

/** Outside the signed-in layout, this page brings its own <main>; inside, app/(app)/not-found.tsx does not. */
export default function NotFound() {
  return (
    <main id="main-content" className="container">
      <NotFoundMessage />
    </main>
  );
}
