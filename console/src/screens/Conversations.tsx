export function Conversations(_props: any) {
  return <p>Conversations</p>;
}
