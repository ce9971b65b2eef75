/** A small square picture for a list row; a quiet placeholder when there is none (or not yet loaded). */
export function Thumbnail(props: { src: string | null; alt: string }) {
  if (!props.src) return <span className="thumbnail thumbnail--none" aria-hidden="true" />;
  return <img className="thumbnail" src={props.src} alt={props.alt} width={48} height={48} />;
}
