/**
 * A kit as a sentence names it: "the Aperture LS 300D kit", but "the Interview sound kit", never "… kit
 * kit". Kits are named by people, some with the word in the name and some without.
 */
export function kitName(name: string): string {
  return /\bkit\b/i.test(name) ? name : `${name} kit`;
}
