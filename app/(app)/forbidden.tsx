import { ForbiddenMessage } from "@/components/layout/forbidden-message";

/**
 * Rendered inside the signed-in layout, whose <main> already holds it: a second <main> here
 * would nest one landmark in another (issue 14, trap 9).
 */
export default function Forbidden() {
  return <ForbiddenMessage />;
}
