/**
 * What a word says of a person's gender, for resolving "he" and "she" (units.ts Discourse): a pronoun, a title, a
 * noun for a person. General lists, as titles and weekday names are; a first name says nothing here.
 */
export type Gender = "m" | "f";

const MALE = `he him his himself mr sir lord king man boy father son brother husband grandfather uncle nephew widower
  businessman congressman chairman spokesman actor`;
const FEMALE = `she her hers herself mrs ms miss dame lady queen woman girl mother daughter sister wife grandmother aunt
  niece widow businesswoman congresswoman chairwoman spokeswoman actress`;

const GENDERS = new Map<string, Gender>([
  ...MALE.split(/\s+/).map((w) => [w, "m"] as const),
  ...FEMALE.split(/\s+/).map((w) => [w, "f"] as const),
]);

/** The gender a word ("she", "Mrs.", "grandmother") tells, if any. */
export const genderOf = (word: string): Gender | undefined => GENDERS.get(word.toLowerCase().replace(/\.$/, ""));
