export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <span className="site-header__brand">Capacitas</span>
        </div>
      </header>
      <main id="main-content" tabIndex={-1}>
        <div className="container narrow">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Capacitas · open-source tracking of capacity development with indicators</p>
        </div>
      </footer>
    </>
  );
}
