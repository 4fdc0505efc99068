import { ForbiddenMessage } from "@/components/layout/forbidden-message";

/** Outside the signed-in layout, this page brings its own <main>; inside, app/(app)/forbidden.tsx does not. */
export default function Forbidden() {
  return (
    <main id="main-content" className="container">
      <ForbiddenMessage />
    </main>
  );
}
