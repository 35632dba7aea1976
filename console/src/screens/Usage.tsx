export function Usage(_props: any) {
  return <p>Usage</p>;
}
