export function PlatformAdmin(_props: any) {
  return <p>PlatformAdmin</p>;
}
