import type { EntityMention } from "./entities";
import { genderOf, type Gender } from "./genders";

// What an article has said so far, for resolving "he", "the minister" and a bare surname (units.ts factUnits).

/** A name key's words without a generational suffix, no part of the surname: "Jesse L. Jackson Jr." is "Jackson". */
export const withoutSuffix = (w: string[]) =>
  w.length > 1 && /^(?:jr|sr)$/.test(w[w.length - 1]!) ? w.slice(0, -1) : w;

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "himself", "herself"]);
/** How many people back a pronoun may look for one of its gender. */
const RECENT_PEOPLE = 4;
const THING_PRONOUNS = new Set(["it", "its", "they", "them", "their", "this", "that"]);

export interface Known {
  key: string;
  text: string;
  person: boolean;
  /** A name of unknown type (not a place or an organisation) that may be a person's. */
  maybePerson?: boolean;
}

/**
 * What the article has said so far: the people and things it has named, and the descriptions it gave them ("the
 * minister", "the driver"), so that a later "he" or "the minister" resolves to a name. Kept across the sentences of
 * one article, in order.
 */
export class Discourse {
  /** The people a pronoun may stand for, the likeliest last. */
  private recent: Known[] = [];
  /** Each person's gender, once a title, a description or a pronoun has told it. */
  private readonly genders = new Map<string, Gender>();
  private lastThing: Known | null = null;
  private readonly byRole = new Map<string, Known>();
  private readonly persons = new Map<string, Known>();

  /** The name a surname or first name stands for, when the article named that person in full before. */
  canonical(e: EntityMention): Known {
    const words = e.key.split(" ");
    const person = e.type === "person" || this.persons.has(e.key);
    if (words.length === 1) {
      // A surname stands for the person named in full before. When the article has named two people of that surname
      // (a player and his father the coach, a congressman and his wife), it stands for the first: news style gives
      // the story's subject the bare surname and names a relative in full, or by first name.
      const full = [...this.persons.values()].filter((k) => {
        const kw = withoutSuffix(k.key.split(" "));
        return kw.length > 1 && kw[kw.length - 1] === words[0];
      });
      if (full.length === 1) return full[0]!;
      if (full.length > 1) return full[0]!;
    }
    return { key: e.key, text: e.text, person, ...(!person && e.type === "name" ? { maybePerson: true } : {}) };
  }

  notePerson(k: Known) {
    if (k.person) this.persons.set(k.key, k);
    // A name of unknown type that acts as a clause's subject ("Pardo picked up the slack as he scored …") is the
    // likeliest "he" after it, as a known person would be: centering theory's preference for the subject.
    if (k.person || k.maybePerson) {
      this.recent = [...this.recent.filter((r) => r.key !== k.key), k].slice(-RECENT_PEOPLE);
    }
  }

  /** What a title or a description ("Mrs", "the grandmother") says of a person's gender. */
  noteGender(word: string, k: Known) {
    const gender = genderOf(word);
    if (gender && !this.genders.has(k.key)) this.genders.set(k.key, gender);
  }

  noteThing(k: Known) {
    this.lastThing = k;
  }

  noteRole(role: string, k: Known) {
    for (const w of role.split(/\s+/)) {
      if (w.length > 2) this.byRole.set(w, k);
      this.noteGender(w, k);
    }
    this.byRole.set(role, k);
  }

  /**
   * A person pronoun stands for the last person it can agree with: in "Mrs. Ana Ruiz was hit by a van. Police caught
   * the driver. He was charged", "he" is not Ruiz. Only a title or a description tells a gender: a pronoun's own
   * antecedent is too often wrong to learn from ("Ana Ruiz said she saw …" resolves "she" before the sentence's own
   * names are known).
   */
  resolvePronoun(lower: string): Known | null {
    if (PERSON_PRONOUNS.has(lower)) {
      const want = genderOf(lower)!;
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const k = this.recent[i]!;
        const gender = this.genders.get(k.key);
        if (gender && gender !== want) continue;
        // Past the likeliest, only a known person: a name of unknown type is a person's only as a clause's last subject.
        if (i < this.recent.length - 1 && !k.person) continue;
        return k;
      }
      return null;
    }
    if (THING_PRONOUNS.has(lower)) return this.lastThing;
    return null;
  }

  resolveRole(lemma: string): Known | null {
    return this.byRole.get(lemma) ?? null;
  }
}
