/** A whole-screen message for when there is no kiosk to talk to yet (or this page may not talk to it). */
export function ConnectionNotice(props: { title: string; message: string }) {
  return (
    <main className="notice-screen">
      <h1>{props.title}</h1>
      <p role="status">{props.message}</p>
    </main>
  );
}
