// Vite and vitest load `?raw` imports as the file's text.
declare module '*.graphql?raw' {
  const text: string;
  export default text;
}
