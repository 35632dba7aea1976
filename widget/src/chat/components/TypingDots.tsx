export function TypingDots(props: { label: string }) {
  return (
    <span class="typing" role="img" aria-label={props.label}>
      <span />
      <span />
      <span />
    </span>
  );
}
