import { NotFoundMessage } from "@/components/layout/not-found-message";

/** Inside the signed-in layout's <main>: no second one (issue 14, trap 9). */
export default function NotFound() {
  return <NotFoundMessage />;
}
