import type { Strings } from '../strings.ts';

/** Says which zone the times are in, and the business's zone when it differs from the visitor's. */
export function ZoneNote(props: { t: Strings; visitorZone: string; businessZone: string }) {
  return (
    <p class="zone-note">
      {props.visitorZone === props.businessZone
        ? props.t.timesInZone(props.businessZone)
        : props.t.timesInYourZone(props.visitorZone, props.businessZone)}
    </p>
  );
}
