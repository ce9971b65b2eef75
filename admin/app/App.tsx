/** The admin console: the signed-in screens, or the sign-in page. */
export function App() {
  return (
    <div className="console">
      <header className="console__bar">
        <span className="console__brand">Kitdesk admin</span>
      </header>
      <main className="console__main" id="main">
        <h1>Kitdesk admin</h1>
      </main>
    </div>
  );
}
