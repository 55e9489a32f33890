/** The toolbar switch for the compare view (customer lanes above, internal below, crossings highlighted). */
export function CompareViewToggle() {
  return null;
}
