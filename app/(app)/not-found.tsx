// The same screen as the root's, here inside the signed-in layout (with its navigation).
export { default } from "../not-found";
