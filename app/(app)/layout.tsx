import Link from "next/link";
import { connection } from "next/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { PrimaryNav } from "@/components/layout/primary-nav";
import { getCurrentWorkspace } from "@/lib/workspaces/get-current-workspace";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Every page here reads the database per request; never prerender at build time.
  await connection();
  const workspace = await getCurrentWorkspace();

  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <Link href="/" className="site-header__brand">
            Capacitas
          </Link>
          {workspace ? <span className="site-header__workspace">{workspace.name}</span> : null}
        </div>
      </header>
      <PrimaryNav
        items={[
          { href: "/", label: "Overview" },
          { href: "/frameworks", label: "Frameworks" },
        ]}
      />
      {workspace?.isDemo ? <DemoBanner workspaceName={workspace.name} /> : null}
      <main id="main-content" tabIndex={-1}>
        <div className="container">
          {workspace ? (
            children
          ) : (
            <div className="notice">
              <h1>No workspace yet</h1>
              <p>
                This installation has no monitoring workspace. To explore Capacitas with demonstration data, run <code>npm run demo</code>.
              </p>
            </div>
          )}
        </div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Capacitas · open-source tracking of capacity development with indicators</p>
        </div>
      </footer>
    </>
  );
}
