const shapes = {
  close: 'M6 6l12 12M18 6L6 18',
  newConversation: 'M12 5v14M5 12h14',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
};

/** A stroked 24×24 icon, hidden from assistive technology (its button carries the label). */
export function Icon(props: { name: keyof typeof shapes }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={shapes[props.name]} />
    </svg>
  );
}
