/** `build/bundled-data.ts`: the bundled datasets, as the JSON text of `datasetsToJson`. */
declare module 'virtual:bundled-data' {
  const text: string;
  export default text;
}
