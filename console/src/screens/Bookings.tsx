export function Bookings(_props: any) {
  return <p>Bookings</p>;
}
