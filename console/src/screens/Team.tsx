export function Team(_props: any) {
  return <p>Team</p>;
}
