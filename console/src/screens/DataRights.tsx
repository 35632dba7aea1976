export function DataRights(_props: any) {
  return <p>DataRights</p>;
}
