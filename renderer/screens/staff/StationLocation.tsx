/**
 * Where this station is, read-only: the location comes with the kiosk's enrolment. Without one the return
 * desk cannot tell that an item belongs elsewhere, so it never says so; this is the one place that explains.
 */
export function StationLocation({ name }: { name: string | null }) {
  return (
    <div className="settings__group">
      <h3 className="settings__label">Location</h3>
      <p>
        {name
          ? `This station is at ${name}. Items whose home is somewhere else are marked “Belongs elsewhere” when they come back here.`
          : 'No location is set for this station, so returns here never mark an item as belonging elsewhere. An admin gives a kiosk its location when adding it in the console.'}
      </p>
    </div>
  );
}
