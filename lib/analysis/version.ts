/**
 * The version of `extractArticle`'s output (lib/analysis/extract.ts). Every stored article records the version its
 * extraction was made with (Article.extractionVersion); `npm run db:setup` and `npm run reanalyze` re-extract the
 * articles stored with an older one and re-analyse their stories (docs/decisions/016-extraction-versions.md).
 *
 * Bump it whenever extractArticle returns something else for some input: a new or renamed field, another sentence
 * split, another date read, a changed word list or lexicon table that it reads. Not for changes to the cross-article
 * half (`analyzeExtractions`): every write re-runs that from the stored extractions anyway. `version.test.ts` holds a
 * digest of the extractions of the seed articles and fails when they change, as a reminder.
 *
 * 0: stored before versions were recorded (claims without `units` and `lemmas`, values without `fact`/`holder`).
 * 1: fact units, lemmas, values bound to their clause and holder (decision 013).
 * 2: zero counts, money with a suffix scale, "several hundred", ages set off by commas, upper bounds as their
 *    figure, a possessive's owner as a value's holder (the seed's extractions did not change).
 * 3: a one-word name of unknown type that is a clause's subject is the likeliest antecedent of a later "he" or "she";
 *    an ordinal after a preposition and a determiner ("in the second half") is not a value; a surname two people of
 *    the article share stays the surname; a part of a month ("mid-May", "the end of June") dates at the month's grain;
 *    halves ("half a mile", "two and a half years", "a mile and a half") and "one or two" are read; a link under a
 *    label ("Related: Storm hits the coast") is page furniture.
 * 4: a sentence under four words with a verb and a value is a claim ("Nobody was arrested."); a magnitude written
 *    before its reading ("a magnitude-6.1 quake"); a comma or a dash ends the words a count's casualty word is read
 *    from ("shot four people, killing two"); a count whose noun is the casualty word ("200 injured") has that event
 *    (the seed's extractions did not change).
 * 5: the subject of a sentence's main clause is the likeliest "he" of the next sentence, before the people its later
 *    clauses name; the items of a list ("the firm of Baker, Levin, Cohn") are no one's antecedent; a copula gives
 *    its named subject a description ("Ana Ruiz is the new coach" → "the coach" is Ana Ruiz); a capitalised "Next"
 *    inside a sentence is a name ("The Next Doctor"), not a sign of the future tense.
 * 6: a subject's relative clause without commas is a clause of its own ("The 1998 flood that destroyed 300 homes was
 *    caused by …"); a relative clause with a subject of its own ("the seat that Obama vacated") is about that subject;
 *    a hyphen compound before a noun measures that noun ("a 10-point lead": "point lead", "a two-way defense pact":
 *    "way defense"), durations and lengths apart ("a two-day visit" stays days); a number whose noun is another
 *    number's compound counts nothing ("two three-point plays"); a subordinate clause whose subject has an
 *    appositive is a clause ("since Maria Lopez, a Democrat, held the seat from 1998"); so is a passive participle
 *    with its agent after its clause's verb ("struck a town hit by the 1998 floods"); a subject with a
 *    prepositional phrase after its head is the head's ("A quake off the coast of Peru killed …": the quake); "next"
 *    before a noun ("the next coach") does not make a sentence's weekdays look forward; a noun compound's last noun is
 *    what a number counts ("four fan bases", "scores of air strikes").
 * 7: an amount records the noun it is "of" when that differs from its unit (`of`: "record" in "a record of 1,904
 *    points"); an ordinal after "the" counts the title after it ("the 44th President": president); an infinitive's
 *    subject is its finite verb's ("Ruiz had been in the town to visit Reed" is Ruiz's); a middle initial one name
 *    lacks does not make two holders ("Raj K. Patel" / "Raj Patel"); a score or a vote ("45-35", "7–2") is one value
 *    keeping both counts, unit "tally", with the kind of tally a noun after it names ("a 9-2 run": run); the minutes
 *    of a clock time ("13:41") are no amount; an age is also a year of origin of its holder (`fromAge`: "the
 *    86-year-old warehouse" in 2012 was built in 1926 or 1925, "Ana Ruiz, 59," born in 1953 or 1952), and a hyphen
 *    age's holder is the noun or name it is set before ("a 59-year-old grandmother"); "Cong.", "Amb.", "Asst." and
 *    "Lieut." do not end a sentence; what a clause says someone is charged with or pleaded guilty to (`charges`).
 * 8: times of day are time facets of granularity "clock" ("at 9:42 a.m.", "21:15", "at 0942 (0542 GMT)", "by 7 a.m.",
 *    "shortly after midnight"; value "HH:MM", `twelveHour` when a.m. or p.m. is not said, `zone` when written;
 *    clocks.ts), read before the other kinds so that the date beside one is read too ("at 9:15 p.m. on Friday"); a
 *    time of day is no amount ("0942" is not 942); a game clock ("with 4:43 left") is no time of day; a tally may be
 *    written with "-to-" ("a 71-to-40 vote"); the day of a month is no amount ("Oct. 14") and a count after a date
 *    no year ("On Sept. 3, 40 people"); an opening phrase of time is followed by the main clause, not an
 *    appositive ("On Monday, the minister arrived": the day dates "arrive"); the word after an ordinal is what it counts
 *    even when tagged a verb ("his 40th win"); "magnitude at 5.4" and "5.8 on the Richter scale" are magnitudes; a
 *    sentence ends after a sum in millions ("for $120m. The deal …"); a casualty word counts any noun WordNet files
 *    under people, not only the listed ones ("five firefighters were injured") (the seed's extractions did not change).
 * 9: a length per hour is a speed: "50 miles per hour", "30-mile-an-hour" and "50 mph" have unit "mph", "80 km/h"
 *    and "80 kilometres an hour" "kph" (before, "miles per hour" was a distance in miles); "by a vote of 71 to 40" is
 *    the tally "71-to-40" (before, 71 votes), and "from 1995-99" a span, no tally; more titles are kept out of the
 *    name they precede and give its role ("Coach John Owens", "Det. Sgt. Maria Kowalski", "Cardinal Richelieu"); a
 *    capitalised common noun right after a name continues it ("Tom Park", "Harvard Law School") (the seed's
 *    extractions did not change).
 * 10: a temperature's scale is its unit ("47 degrees Celsius", "117°F": "celsius", "fahrenheit"; before, "degree" or
 *    none); "meters", "feet", "kilograms", "lbs" have the units "metre", "foot", "kg", "pound", as their other
 *    spellings do, so that conversions.ts compares them; a noun in a word compound is not what a number counts
 *    ("several last-minute changes": before, several minutes); an age given by its decade is read ("in his 60s",
 *    "in her early thirties": 60 to 69, 30 to 33); a clause's event word is a phrasal verb when WordNet knows the
 *    verb with the particle after it ("went down": "go down", "stepped down": "step down") (the seed's extractions
 *    changed in those event words only; its analysis did not); a title set off by commas beside a name is its role
 *    ("Laura Chen, the company's chief executive," / "The company's chief executive, Laura Chen,": "chief
 *    executive"), when a title word is among its words ("a friend, John Smith," names no office).
 * 11: a vote written in words is one tally, as "62-38" is ("by 62 votes to 38", "310 in favour and 250 against";
 *    before, "62 votes" and "38" were two amounts) (the seed's extractions did not change).
 * 12: what a reporting verb reports is a clause's event word when it is a "be" clause ("police said the suspect was
 *    not armed": "armed", negated; before, "say"), and a negation before the reporting verb does not negate it
 *    ("did not say whether he was armed") (the seed's extractions changed in such event words); a capitalised
 *    common word before a title word is part of the title, not a name ("Deputy Finance Minister Ravi Patel": role
 *    "deputy finance minister"; before, "Finance" was a person titled "deputy"), unless its commonest sense is a
 *    concrete thing ("the Trump adviser"); "acting" and "interim" are title words; "aged 45" and ", age 45" are
 *    ages; an age compound opening an appositive is the age of the person before it ("James Kerr, a 54-year-old
 *    driver,": Kerr's; before, the driver's); a temperature with its scale's letter written onto it is read ("47C",
 *    "104F"; before, nothing); "two dozen" is 20 to 28 (before, 2 "dozen people"); in "twelve of the 30 passengers were
 *    hurt" the twelve were hurt (before, the 30); a capitalised word opening a sentence that WordNet knows only in lower
 *    case is a common noun, not a name ("Rescuers pulled …", "Traffic will …"); a number word's term is its value
 *    ("twelve" and "12" share "=12") (the seed's extractions changed in such words); "claimed four lives" counts
 *    four people dead ("saved four lives" none; before, "lives" was a unit of its own and no count of the dead); "a
 *    population of 12,000" and "12,000 inhabitants" count people; "lives" after a plural noun and before a
 *    preposition is a verb ("300 wolves lives in the park").
 * 13: a sum of money with a scale suffix (any the amounts read: m, mn, mln, bn, b, tn, k) ends a sentence before any
 *    capitalised word ("for $120m. Residents said …";
 *    before, one sentence unless a word that starts sentences followed); its suffix's term is the scale word's
 *    ("$120m" and "$120 million" share "=million"; before, "m"); "%" has the term "percent", as the word does (before,
 *    none); a surname stands for a name with a generational suffix ("Reed" for "Tom Reed Jr."; before, for no one), and
 *    when the article named two people of that surname, for the first named (before, for neither) (the seed's
 *    extractions did not change).
 * 14: a place or organisation named after a verb and a preposition has the slot they give it (`slot`: "crash near",
 *    "take to", "move back to"; before, none); two outlets naming different places in one slot conflict (the seed's
 *    extractions changed: their places have slots). A clause that says only that an event happens has that event
 *    (`FactUnit.occurs`: "the vote will take place", "the hearing was held"; before, none), and its dates date it.
 * 15: an occasion whose first sense is no event is one too: a gathering or an abstraction with an act among its first
 *    senses, held or staged ("the meeting was held", "the inquiry will be held"), and anything but a living thing
 *    that takes place or occurs ("the talks took place"); through a catenative verb in the passive ("is set to take
 *    place", "is expected to be held") (before, none) (the seed's extractions did not change).
 * 16: chrono's readings that date nothing are dropped (before, each was a date counted from the publication day): a
 *    duration after a dash, a sign, "for" or "within" ("served in the Marines - six months", "lasted for three days",
 *    "felt for around 15 seconds"), a span under a day ("in 35 minutes"), a lone letter ("in the D.C. area"). A time
 *    counted from another event ("an hour after the bodies were found", "a year later") is an unresolved relative
 *    time, and its span no amount ("comes 24 hours after" was a duration). A unit of time or length heads its phrase:
 *    "34 miles west of the town" counts miles (before, "west"). "Almost" and "nearly" are below the figure by a tenth
 *    of it at most ("almost $10 million" is $9 million to $10 million; before, anything up to $10 million). A
 *    telephone number is no amount ("907-745-4811" was the score 907-745) (the seed's extractions did not change).
 * 17: "facing manslaughter charges", "faces charges of arson", "faces two counts of murder" state a charge (before,
 *    only "charged", "indicted", "accused", "arrested" did). A person pronoun stands for the last person of its
 *    gender that a title or a description told ("Mrs. Ana Ruiz … He left": not Ruiz; before, the last person
 *    named, whatever the gender). A name after "a" or "an" and words that describe it is a thing's, not a person's
 *    ("a silver Toyota Camry") (the seed's extractions did not change).
 * 18: an adverb that counts an act is an amount of times: "was shot twice", "had been arrested once before", "has
 *    twice been convicted" (repeats.ts; before, only "shot seven times" was); "the 16-year-old" as a noun gives the
 *    age of a described person, "~person" (before, of no one); a state said with a bare preposition is the event word
 *    of a "be" clause ("has been in office since 2009": office; before, the clause had none, and its date dated
 *    nothing) (the seed's extractions did not change).
 * 19: a bare number said of a person with "be" is the person's age: "Laura Diaz was 29.", "the victim, who was 27,"
 *    (ages.predicativeOwner; before, an amount of nothing); a clause's event word is the verb a passive catenative
 *    one of the mind leads to ("is expected to begin", "is scheduled to start": begin, start; before, expect,
 *    schedule); a bare month in the future tense is the first
 *    such from the publication date ("expected to begin in March", written in August: next March; before, this
 *    year's); a date read by chrono ends before a comma it kept ("March,"); a counted "-men" is the plural of a
 *    "-man" WordNet knows ("three policemen": policeman, so people, and "hurt" their injury; before, "policemen", and
 *    no event); "a 6-3 decision", "ruling", "verdict" or "majority" name the tally itself, as "vote" does (before, a
 *    tally of decisions, never compared with "ruled 5-4"); a reporting verb whose direct object is an act or what was
 *    said ("claimed responsibility for the attack", "denied the allegations", "announced his resignation") states it
 *    (before, a frame, like "told reporters"); an ordinal after "the" whose noun is elided is one of the sequence
 *    another ordinal of the sentence names ("won the first round but lost the second": a second round; before, a
 *    rank of nothing) (the seed's extractions did not change).
 * 20: a word the tagger reads as a verb inside a noun phrase that "a" or a preposition opens, before its noun, is an
 *    adjective when WordNet has one ("in a special live broadcast": live; before, the clause's verb, and "Date of
 *    the living"); a negator before "only", "just", "merely" or "simply" negates no clause ("was not only cheap but
 *    fast"; before, the clause was denied) (the seed's extractions changed: its clause "not just about the
 *    reconstruction of Syria …, but also meant to send a message" is no longer negated); a measure in two units of
 *    one system is one amount in the larger ("6 feet 2 inches", "5-foot-10", "two years and six months":
 *    compound-measures.ts; before, two amounts, and "5-foot-10" only 5 feet); a word after a modal (and perhaps an
 *    adverb) that the tagger reads as an adjective or a noun is the clause's verb when WordNet has one ("the
 *    factory will close in June", "could harm", "would force"; before, the clause had no event word); an apostrophe
 *    set apart by spaces is one token with its letter ("Hale ’ s", "couldn ’ t": a possessive and a negation;
 *    before, "s" and "t" were nouns); a word right after an article that is no participle is a noun ("the cause
 *    of the fire"; before, a verb), and a past form after a subject pronoun and before an object is the verb ("he
 *    idolised his mum", "it melted the paint"; before, an adjective); in a clause the tagger gave no verb, a noun in
 *    "-s" or "-ed" that WordNet knows as a verb, after a singular subject or a relative "who" and before an object,
 *    is the verb ("quake strikes Orlan province", "who stars as Clara"; before, the clause had no event word), and
 *    so is an irregular past form after any subject ("fans overtook the gates", "two officers shot the teenager",
 *    "the bridge cost the council": irregular-verbs.ts);
 *    "would" after a reporting verb is the future of what was said ("said the plant would shut in June": next June;
 *    before, the last); "did not reopen until March" is no negation (before, a denial of reopening); "oz", "lbs" and
 *    "ft" are ounces, pounds and feet.
 * 21: "last" after "to", a modal, "do" or a negation is the verb, so "expected to last three weeks" dates nothing
 *    (before, a date three weeks ago, compared with the other outlets' dates); a place after a verb's object or a
 *    time fills the slot of the verb and its preposition ("approved the plan on Saturday in X", "was approved by the
 *    committee in X": "approve in"; "died at a motel in X": "die in"), and a predicative adjective is part of a slot
 *    ("found dead near X"); before, such places filled no slot, so two outlets' places there were not compared;
 *    "arrests" and "custody" name the act of arresting near a number ("made 46 arrests", "took 39 people into
 *    custody"; before, those counts had no act and were not compared with "arrested 39 people"); "nautical miles"
 *    are nautical miles, and a distance (before, miles); a prison term for life ("sentenced to life", "a life
 *    sentence") is a term in years longer than any other (before, not read: "life" was not compared with "20 years");
 *    a "12-storey" or "12-story" building has 12 storeys (before, a unit of its own, "storey building", compared
 *    only with the same noun); "after" a duration dates nothing ("released after 10 months in captivity"; before,
 *    ten months after the publication date).
 * 22: a capitalised word of running text that the tagger reads as a verb or an adjective, or a place or
 *    organisation word, continues the name before it ("Palm Springs", "Calder Falls", "Iowa City"; before, "Palm",
 *    "Calder", "Iowa"); a name after "outside" is a place (before, a person when of two words).
 * 23: a small whole number after a name and a comma at the end of a sentence, or before "and from", is an age
 *    ("identified as Ana Ruiz, 32.", "Ana Ruiz, 32 and from Leeds"; before, only when a comma followed); "a lone gunman", "the sole survivor" count one (before, nothing); a
 *    verb whose "-ed" or "-ing" form keeps a single consonant has lost an "e" ("raged", "staged", "taping": "rage",
 *    "stage", "tape"; before, wink's "rag", "stag", "tap"); a title word after a one-word name is its surname
 *    ("Carole King", "Sarah Bishop", "Seth Dean"; before, the name stopped at the first name); an approximate figure ("about 100") spans at most a
 *    fifth of it either side (before, half its last significant digit: 50 to 150); "12,000 square feet", "a
 *    12,000-square-foot warehouse" are an area in square feet, converted to square metres, acres and hectares
 *    (before, a length in feet); a date that opens its sentence dates the verb after its comma ("On March 3, the
 *    regulator approved …"; before, no verb, so it was never compared); a bare whole number right after a verb counts
 *    what the sentence's count before it counts ("scored 14 points and Hale added 13": 13 points; before, nothing).
 * 24: a light verb's act is its object's ("made an emergency landing": land, "held a vote": vote) for a clause's
 *    event word, a date's verb and a place's slot (before, "make", "hold"); a headline's verb in "-s" before a passive
 *    participle with "by" ("quake strikes … in region hit by 2004 tsunami") is the verb, and the participle a clause
 *    of its own (before, the participle was the verb and the year dated the whole); a weekday said in the future tense
 *    that is the publication's is that day, not a week on, and the day something was said is never in the future
 *    ("said on Monday that he would resign"); "in the day" dates nothing (chrono read it as tomorrow).
 * 25: "others" count what the sentence counted before them ("killing two people and injuring 11 others": people;
 *    before, a noun of its own); a range never ends in an article ("a man aged 67 and a woman aged 34": before, 67 to
 *    1, and the man had no age); a verb and a bare noun or adverb that WordNet lists as one verb is that verb ("gave
 *    way", "opened fire"; before, "give", "open").
 * 26: a sum for each one of something is a rate of its own ("14.50 euros a share": eur/share, "$15 an hour"; before,
 *    a sum in euros compared with the deal's price and the share's market price); currencies written as words are
 *    their codes ("14.50 euros" is "€14.50"; before, a count of euros); a quarter of a year with its year is a date
 *    ("in the second quarter of 2026": 2026-Q2, granularity "quarter"; before, the year 2026).
 * 27: a past form after a number is a verb unless WordNet knows it as a noun or an adjective ("a crowd of 82,000
 *    watched": before, 82,000 "watched"; "12 injured" stays a count); the size of a crowd is a measure of its own
 *    ("a crowd of 82,000", "the attendance was 84,000", "a turnout of 40,000": unit "crowd"), and a people's after a
 *    copula ("the population was 12,000": people); a game's minute after "in the" is a value ("scored in the 88th
 *    minute", as "88th-minute header" was; other ordinals there stay parts).
 * 28: a date's verb is not one after a word that opens a subordinate clause ("rose to 23 on Sunday as divers
 *    recovered six more bodies" dates "rose"; before, "recovered", the nearer).
 * 29: a harm's plural noun up to six words after a count is what happened to it ("five officers were treated for
 *    minor injuries": injured; before, four words, so nothing).
 * 30: "have" and "give" are no light verbs ("had a chance", "given the large number of"), an object with a number is
 *    a count, not an act ("made 10 plays"), and only an amount's or a group's "of" leads to the acts ("scores of air
 *    strikes"; not "knowledge of the offer"): read on the development stories' light-verb phrases.
 * 31 (decision 044): clauses: a participle phrase opening the sentence is a clause of its own ("Born in 1941 in
 *    Millbrook, Hale joined …"; before, the main clause, about no one); a subject's description with a relative clause
 *    is an appositive ("Hale, the trumpeter who played … for three decades, died …"; before, "play" was the sentence's
 *    verb); a past participle set off by commas after the subject describes it ("The party, held on May 3, was
 *    attended …"); a relative clause after the verb is the object's, to its clause's end ("fought a wildfire that has
 *    scorched 15,000 acres": the wildfire's acres; before, the crews'), unless a verb of saying or thinking comes
 *    before it; an appositive may hold a pronoun after a preposition (", the last of them in 2011"); one opening with
 *    an adverb tells of the whole noun phrase ("The war in Syria, now in its eighth year,": the war's). Tags: a
 *    participle glued by a hyphen before a noun is an adjective ("fast-moving"), a past form after a perfect's "has"
 *    the verb ("has scorched"). A person noun right before a name tells its gender ("his daughter Claire"); a name
 *    after "the" is no person's ("the Riverton Symphony"). A speaker is never the subject of what was said ("said
 *    workers would strike"), and a coordinated "said" is the sentence subject's. "Since" with a verb of a state, and
 *    "become" and "join", date the state's start (predicate "begin": "has been minister since 2019" / "became minister
 *    in 2018").
 * 32 (decision 044): a weekday whose own verb is a simple past form is past whatever another clause says of the
 *    future ("The mayor, who faces an election next spring, visited … on Monday"; not in a condition: "would resign
 *    if the council voted on Monday"); a day after an act's noun and "for" dates that act and is to come ("called a
 *    strike for Monday"); "the evacuation of 3,500 residents" counts the evacuated; "retired" after "and" and a verb is
 *    a verb ("joined … in 1968 and retired in 1998"); a plural noun opening a sentence has its singular as its lemma
 *    ("Workers": "worker").
 * 33 (decision 044): pounds near a word of money are pounds sterling ("bribes worth 250,000 pounds", "fined 5,000
 *    pounds": a noun or verb WordNet files under possession, or "worth", "cost", "price", "spend", "fine"; before, a
 *    weight).
 * 34 (decision 045): the second noun of a subject the tagger read as a compound, before a possessive and its noun, is
 *    the clause's verb when WordNet has one ("after the Orla river burst its banks on Sunday": before, the Sunday
 *    dated the families' leaving, and the subordinate clause had no verb). A participle phrase right after the
 *    subject, without commas, is a clause of its own ("Three miners trapped by the collapse on Tuesday were rescued on
 *    Thursday": the clause's act is the rescue), and a date inside such a phrase dates the phrase's verb, not a
 *    nearer verb of the main clause (before, Tuesday dated the rescue). So is a participle after the object,
 *    without its agent, up to the next clause ("to reach 12 miners trapped 350 metres below ground since a tunnel
 *    caved in": the depth is the miners', not the rescuers'); an irregular simple past with a participle of its own
 *    ("rose": "risen") is no participle, and a noun with no verb since the last comma is no object ("As police
 *    struggled to reach the villages, the death toll rose to 11"). A currency word right after its number is the
 *    unit, whatever noun follows ("a 250 million euro retraining fund": euros, not funds). "Three injuries" and
 *    "four fatalities" count the injured and the dead, as "46 arrests" counts the arrested; a plural in "-es" of a
 *    noun WordNet knows counts that noun ("12 crashes": crash, not "crashe"). A date after a verb that schedules an
 *    act dates that act ("Sentencing was set for September 18": the sentencing; "the council postponed the vote until
 *    June": the vote), named by its noun's derived verb or a gerund WordNet lists as no noun of its own (not "a bail
 *    hearing").
 * 35 (decision 046): a speaker named beside a title set off by commas is the named speaker ("AirServe's operations
 *    director, Paula Brandt, said", "Paula Brandt, AirServe's chief executive, said", "said the hospital's chief
 *    executive, Dr Helen Marsh": before, no speaker). A title keeps the field its post is in charge of ("head of
 *    quality": before, "head"), and is read past a courtesy title ("said medical director Dr Helen Marsh"). A weekday
 *    a scheduling verb sets is the coming one ("have been postponed until at least Friday": before, the Friday past). A
 *    verb of saying followed by "for" reports nothing ("The hackers asked for $4 million": the clause's act is the
 *    asking, no frame; before, its event word was a later verb's). A participle phrase after a subject whose amount is
 *    modified is a clause of its own ("About 650 baggage handlers employed by AirServe will strike": before, the
 *    clause's act was the employing). A count's event may be the verb a passive says its people were made to do,
 *    in its base form ("Some 2,000 people were told to evacuate", "were forced to flee": evacuated). A day written as
 *    a possessive before an act's noun dates that act ("after Sunday night's derailment": the derailing; before,
 *    the clause's evacuating). A year after "since" that a superlative, "first" or "last" before it measures from is
 *    the year of the last such thing ("the worst spill in the area since 2003": predicate terms.PRECEDENT), and is
 *    about the thing its rank names ("worst spill": the spill, whatever "it" was read as; not "the first time").
 * 36 (decision 047): "half a million", "two and a half million", "a quarter of a million" are the scale's fraction
 *    (before, "half a million" was 0.5 and "a quarter of a million" one million). A number that is part of a name
 *    counts nothing: a capitalised word and digits the article also writes on their own ("the third flight of the
 *    Stratus 4."), or digits other than one between a capitalised word and a singular noun ("the Falcon 9 rocket").
 *    A day after "until" is marked as the end of a state (`until`: "will stay closed until Thursday"), and a
 *    participle's weekday is read back only after a past auxiliary ("was closed on Monday", not "will stay closed
 *    until Thursday": before, the Thursday past). A title of nouns before a name with a title word among them is the
 *    person's ("Corvane chief executive Ines Varga-Holt": before, none), with the common nouns before a one-word
 *    title ("finance committee chair", "Plant manager" opening the sentence: before, "chair" and "manager"); "chair"
 *    is a title word. An amount of time counted from another event or into an act is an amount, marked `offset`
 *    ("failed 70 seconds after liftoff", "about 130 seconds into its flight": before, no amount). A time with seconds
 *    is how long something took ("won in 2:06:38": 2.11 hours; before, the clock time 2:06), and three units join
 *    ("2 hours 6 minutes 38 seconds"). People put "from their homes" are displaced, and people "treated for" a harm or
 *    "in hospital" hurt; "no" is shown with its noun ("No injuries"). A person's name ends before "of" and a name
 *    ("Lucas Ferreira of Brazil": before, one name), and a subject is read past a description set off by commas
 *    ("Brazil's Lucas Ferreira, the favourite, finished": before, none).
 * 37 (decision 048): "this week" is the week of the publication (chrono dates it by the Sunday before: in an article
 *    of a Friday it was the week before). An intention looks forward as the future tense does ("expects to finish
 *    the cuts by the end of September": this year's September, not last year's). A person named before "of" a body
 *    ("Inspector Ana Ruiz of the harbour police said") or before a relative clause set off by commas ("Ana Ruiz, who
 *    leads the inquiry, said") is the speaker (before, the body; none). "A woman of 29" is her age (before, 29
 *    women). A part counts what its whole counts, past a possessive, the whole's number and a possessor ("two of its
 *    five regional offices", "three of the firm's 30 stores": before, nothing or firms), and is shown with its whole.
 *    After "do" as an auxiliary the word is the verb ("did not close the area": before, an adjective and no event
 *    word). "Has no plans to ballot" denies the act intended (event word "ballot", negated). "Above" and "below"
 *    before an amount make it a threshold, open on one side ("slopes above 2,200 metres": before, 2,200 exactly), and
 *    a temperature written with its letter is read with its modifier ("above 40C") and once ("46.2C": before, also a
 *    reading of 46). A conversion in brackets after a qualified amount is left out ("above 40C (104F)"). The upper end
 *    of a spread whose lower end is no number bounds from above ("sentences ranging from a suspended term to nine
 *    years": 0 to 9). A name set off by commas after a subject that describes is the clause's holder ("A procurement
 *    official, Edvin Rasch, was given …": before, the official).
 * 38 (decision 050): a harm is graded by the word before it ("seriously injured", "critical injuries", "minor
 *    injuries": events "seriously injured", "slightly injured"; before, "injured"), and no one hurt badly says
 *    nothing of the dead. A dateline may carry the day it was filed ("DREVNIK, Saldria, April 17 (GWS) -": before, the
 *    day was read as a date of the story). A date between an article and an act's noun dates that act ("file for
 *    the Aug. 18 special election": the election's, before the filing's), and so does a date of an act at which
 *    the clause's act is done ("decide at a hearing on June 18": the hearing's). A percentage records the measure
 *    named beside it as its `of` ("Turnout was 38.6%", "turnout reached 36.8%", "on a turnout of 52%"). A sum for
 *    each person is one rate however the person is called ("$11 per claimant", "$17 each": "usd/each"; before,
 *    "usd/claimant" and "usd"). A subject's relative clause after an opening phrase set off by a comma is read ("If
 *    approved, users who submit a claim by Aug. 31 are expected to receive …": before, one clause of "submit"). A
 *    surname alone that the tagger could not type is a person when the article named the person in full before
 *    ("Belakov said" after "Mayor Anton Belakov": before, a name of unknown type, never a speaker). Wire copy's
 *    "bln" and "mln" are scales ("€1.92 bln": before, €1.92); "1,000C" is a temperature (before, 1, counted as the
 *    noun before it); "percentage points" are no percent. A sentence ends after "p.m." before "Mr", and after a
 *    temperature's letter ("1,000C. The crews …"). A length of time up to a date or within a year is a period,
 *    compared only as offsets are ("in the three months to the end of March"). A length "inside", "into",
 *    "beyond", "past", "short of", "upstream", "downstream" of a place is a distance. A day after "since" is the
 *    day a state began, as a year after it was. A person an age describes by a compound noun or a possessor keeps
 *    what sets the person apart ("a 29-year-old van driver": "~van driver"; "the lorry's 38-year-old driver":
 *    "~lorry driver"; before, both "~driver").
 */
export const EXTRACTION_VERSION = 38;

/**
 * The version of the cross-article half (`analyzeExtractions`, lib/analysis/analyze.ts): what it makes of given
 * extractions and editors' decisions. Every stored story records the version its rows were made with
 * (Story.analysisVersion); `npm run db:setup` and `npm run reanalyze` analyse the stories stored with an older one
 * again, from their stored extractions (docs/decisions/031-analysis-versions.md). Without it, a story showed the rows
 * of the code that last wrote it until something was added to it.
 *
 * Bump it whenever analyzeExtractions gives other rows, flags, subjects or summaries for some extractions. A bump of
 * EXTRACTION_VERSION re-analyses its stories anyway. `version.test.ts` holds a digest of the analyses of the seed and
 * of the invented stories of `npm run probes`, and fails when they change, as a reminder.
 *
 * 0: stored before versions were recorded (rows made by any earlier code).
 * 1: the analysis of EXTRACTION_VERSION 14 (decision 030).
 * 2: two dates of subjects that are different members of a sequence ("the first round of talks" / "a second round")
 *    do not conflict in a row (before, they did).
 * 3: an outlet's second sentence of a row's fact joins the row (align.seatSeconds) (before, it was a row of its own);
 *    "quit" heads a row as "quitting" (before, "quiting"); a date read from an age shows the years it gives ("59
 *    (born 1964 or 1965)"; before, "59"), and its row is named after a written date's act or a birth ("Date of the
 *    building", "Date of Ana Ruiz's birth"; before, after the age's clause's verb: "Date of the call").
 * 4: two rows of one fact that share an outlet join, that outlet keeping its sentence more like the others'
 *    (row-passes.joinRows) (before, they stayed two rows); an outlet that names two people or places of one role in
 *    a row, in one sentence or two, is not in conflict over them (before, only within one sentence).
 * 5: an amount counted in a part of the story's region ("In Lorin district, eight people were killed") is not one
 *    fact with the region's amount, nor with another part's (places.partPlaceOf) (before, it was compared with both).
 * 6: a row of counts of times ("shot seven times", "arrested once") is named "Number of times" (before, "Times"); an
 *    outlet's count of a group among all an event counts ("killed six children …, bringing the death toll to 11") is
 *    a part of its total, not a rival figure that makes the total ambiguous (quantity.groupAmongAll) (before, it did,
 *    and the total met no other outlet's); "of the second quarterfinal" sets an amount in a part only after the
 *    amount or a word for a stretch of it ("10 of the first 17 points", "the end of the first half"), not after
 *    another noun ("the winner of the second quarterfinal") (before, any "of" did); one person given two homes by two
 *    outlets of a row ("Ruth Okafor, 59, of College Point" / "Okafor, who lived in Ozone Park") is a conflict, "Home
 *    of …" (homes.ts) (before, not compared); two maxima that differ ("faces up to 20 years" / "up to 15 years")
 *    disagree (before, they agreed when within a quarter of each other); two cities or towns WordNet knows in one
 *    slot ("arrested in Leeds" / "in Manchester") are two places (before, a known place was taken to may hold the
 *    other); two charges of one holder described by one noun in one row ("the driver was charged with murder" / "…
 *    with manslaughter") conflict (before, only named holders' did).
 * 7: two outlets that each give one age of one named person state one fact, whatever else their sentences say
 *    (before, their clauses had to share words); an appositive that is only a name ("The woman, Laura Diaz, was 29")
 *    is no clause of a clause row (before, it could be a row's only part of its sentence); opposite states of one
 *    holder ("was armed" / "was unarmed", "conscious" / "unconscious") are a contradiction (contrast.ts; before,
 *    only opposite verbs were); two dates of opposite acts ("closed on Monday" / "open again on Tuesday") are not
 *    compared, and opposite acts on two days are no contradiction (before, the lexicon found the two verbs close
 *    enough to date one act, and the two verbs were opposites whatever their days); one person given two
 *    political parties by two outlets of a row ("Hale, a Democrat," / "Hale, a Republican,", "(D-Ore.)" /
 *    "(R-Ore.)") is a conflict, "Party of …" (parties.ts) (before, not read); counts of nouns that share a meaning among their first three
 *    senses are one measure ("400 protesters gathered" / "250 demonstrators gathered": quantity.sameCountedThing;
 *    before, only nouns of one first sense were); one person made two kinds of relative of one
 *    anchor by two outlets of a row ("the victim's brother, Omar," / "the victim's cousin, Omar,") is a conflict,
 *    "Relation of …" (kin.ts) (before, not read); a negation by a quantifier that counts nothing ("No shots were
 *    fired") denies its act, as "were not fired" does (before, it was left to the values, which had no count); a
 *    row of a named person's ages is named after the person ("Laura Diaz's age"; before, after its clause's subject); "northbound" /
 *    "southbound" are two directions (before, only "north", "northern", "northward" were read).
 * 8: one named person given two homes, parties or relations by two outlets in sentences of two rows is a conflict,
 *    shown as a fact row of those sentences (facet-rows.ts; before, only within a row), unless a row shows that
 *    conflict between the same values already; a quality one outlet denies after a shared event word and another
 *    asserts ("pleaded not guilty" / "pleaded guilty") is a contradiction (before, not compared); opposite acts of
 *    which one clause's named holder is what the other's does its act to ("The jury acquitted Daniel Reyes" /
 *    "Daniel Reyes was convicted") are a contradiction (before, the clauses had to share a word); opposite acts
 *    dated at any grain to dates apart ("on Thursday" / "in 2019") are two acts (before, only two days were); a
 *    verb of saying whose clauses share an act or a communication as object is compared like any event word ("No
 *    group has claimed responsibility" / "Red Dawn claimed responsibility"; before, never); two people's names in a
 *    row whose surnames differ by two letters or more at the end ("Mark Ellis" / "Mark Ellison") are named
 *    differently (before, one word beginning the other was taken for a name and its adjective, "Syria" / "Syrian").
 * 9: one event word completed by WordNet antonyms in two outlets' clauses ("was found alive" / "was found dead",
 *    "found Hale guilty" / "innocent", "met privately" / "publicly") is a contradiction (complements.ts; before, not
 *    compared); a clause that denies the antonym of what the other asserts ("was not found alive" / "was found dead")
 *    agrees (before, "not found" was read as a denied quality); places "near" and "outside" a town fill one slot
 *    ("escaped near X" / "escaped outside Y"; before, two slots, never compared).
 * 10: a town whose name WordNet knows only as something other than a place ("Calder", a sculptor) is a town it does
 *    not know, so two such towns in one slot are two places (before, it was taken for a region that might hold the
 *    other); a name ending in "City", "Town" or "Village" is a city or a town, apart from any other (before, only
 *    the cities and towns WordNet knows); a person's nationality, the adjective of a country WordNet knows in an
 *    appositive, a copula or before the words that describe the person ("Pierre Lamont, a French citizen", "The
 *    victim was a Belgian national", "the Somali fisherman Abdi Hassan"), is compared across outlets, in a row and,
 *    for a named person, across rows (nationalities.ts; before, never); a count of people and a larger count of a
 *    kind of person in one row, each outlet's one such count, in clauses whose acts WordNet ranks as a crowd's
 *    ("100 people gathered" / "300 mourners attended"), disagree (before, only with an event word such as "killed");
 *    one event word with two WordNet siblings of a class where a thing is of one kind (a body part, a weapon, an
 *    illness, a room: "shot in the arm" / "in the leg", "with a rifle" / "with a shotgun") is a contradiction
 *    (sibling-nouns.ts; before, not compared). A row of a crowd counted by two nouns is headed "Number of people".
 * 11: a shade and its colour are one colour ("navy" / "dark blue", "crimson" / "red"; before, a contradiction); two
 *    nouns of one such class are siblings when their common class is one step above one and two above the other
 *    ("shot in the chest" / "in the head": before, not compared); a count of a kind of person and a smaller count of
 *    the class it is a kind of, in one row and one act ("12 inmates escaped" / "eight prisoners escaped"), disagree
 *    (before, only with an event word or for a crowd), and counts of kinds of person meet in one bucket without a
 *    count of people; one act set at two places of a row ("broke out on the third floor" / "on the fifth floor", "in
 *    third place" / "finished fourth") is a contradiction (ordinal-places.ts; before, not compared); the cues of one
 *    word (a colour, a kind, a rank, a direction) mark that word in each sentence (before, the whole clause).
 * 12: an amount with more of the same added after it ("killed 170,000 people in the province and tens of thousands
 *    more") is a part of the clause's count, not compared with totals (before, a rival total); one relative a person
 *    has one of (a spouse, a parent) named two ways by two outlets of a row is an "entity" discrepancy ("Mr. Hale's
 *    wife, Sandi," / "his wife, Sandra,"; before, not compared).
 * 13: ages of people one article describes by different nouns ("a man aged 67 and a woman aged 34") are no rival
 *    ages of one person, so a row compares the woman's with another outlet's woman's (before, neither was compared);
 *    "about" before a time given to the minute allows ten minutes either way, before a time on the hour half an hour
 *    (before, twenty minutes for both: "about 6:15" and "around 6:40" agreed); two times of day of one act pair as
 *    closely as two days do (before, as loosely as two months).
 * 14: a quarter agrees with a month or a day in it and with its year, and two quarters of one act are compared
 *    (quarters.ts).
 * 15: the size of the crowd, given once by each outlet, is one fact of the event however little else the sentences
 *    share (before, only within a row); its row is "Size of the crowd".
 * 16: an age set off by commas after a name is the person's age now, whatever year its sentence dates ("Ortega, 52,
 *    was first elected in 2021" meets "Ortega, 51, told supporters"; before, 2021 made it another event's); ", an
 *    independent," is a party facet against "a Republican" (before, not read).
 * 17: two dates of things described by unrelated nouns ("the ferry sank" / "the death toll rose") date one act only
 *    by one verb class or event words of one sense (before, by event words merely close in WordNet's graph: "sink" and
 *    "rise", which made the toll's Sunday a rival date of the sinking).
 * 18: one count of what happened to one noun's people, given once by each outlet ("four officers were injured" / "six
 *    officers suffered minor injuries"), is one fact however little else the sentences share (before, only sentences
 *    alike enough).
 * 19: the story's region is a place one lead names with its unit and half of the leads name with it or without it
 *    ("the Eastgate neighbourhood" / "Eastgate"; before, only with it, so an amount set "in the Eastgate neighbourhood"
 *    counted a part of the story and met no other outlet's).
 * 20: what a holder will have or be ("the combined group will have roughly 14,000 employees") is not compared with
 *    what one has or is ("Halvorsen has about 9,000 employees"); acts to come still are ("will acquire … at $2.4
 *    billion" / "agreed to buy … for $2.1 billion").
 * 21 (decision 044): two titles with one head and other words before it are two posts ("Fire Chief" / "Battalion
 *    Chief"), unless a rank word tells them apart; the titles quotes' frames give one speaker are compared across rows;
 *    a contraction is its words in a quote ("we're" / "we are"), and a quote of seven words or more with two content
 *    words is a statement; the only ages two outlets give a person known by a part in the story ("the driver") are
 *    compared in two rows (not "woman", "resident"); a quantity's context leaves out its unit's stem as well as its
 *    lemma ("decad" matched "three decades" with "six decades").
 * 22 (decision 044): the one day each outlet gives one act of one thing is compared however little else the
 *    sentences share ("the wildfire … since it started on Monday" / "The fire started Sunday afternoon"; not people's
 *    or groups' acts, which are many of one kind); two starts of a state told by one verb are one act as before, by
 *    two verbs only with what the state is ("minister" counts though it is the copula's event word).
 * 23 (decision 044): some of a group picked out ("nine of the men") is no count of all of it, unless what happened
 *    to them is the measure; "no one was injured" against one count of the injured by any noun is one fact however
 *    little else the sentences share; a person an indefinite noun brings in ("A 48-year-old man … was also arrested")
 *    gives the named person no rival age.
 * 24 (decision 044): a negation and a statement of one act are read in a verb's irregular past forms too ("No ransom
 *    was paid" / "a ransom … had been paid": the stem "pay" did not find "paid").
 * 25 (decision 044): one person whose surname two outlets spell one letter apart, the first name the same ("Laura
 *    Mendes" / "Laura Mendez"), is one holder: her ages and dates are compared (before, only the spelling was shown).
 * 26 (decision 044): a quote's word diff shows a change the comparison reads as none ("We are" / "We're") as none.
 * 27 (decision 045): a date row is named after the act its date dates when the clause's verb only schedules it
 *    ("Date of the sentence", not "Date of the set"). A duration written as a compound before a noun measures that noun
 *    ("after a three-week trial") and is no length of what a sentence that names no word of its sense measures ("The
 *    jury deliberated for two days"; "a three-week strike" / "the strike lasted two weeks" are one).
 * 28 (decision 046): two posts of one person in charge of different fields, or one of a field and one of the whole,
 *    conflict ("operations director" / "chief executive", "chief safety officer" / "head of quality"); two posts of
 *    the whole do not ("president" / "chief executive"). Two spellings of a name that sound alike (a Double Metaphone
 *    code shared, at least five letters, at most two apart) are a variant ("Jenna Orlov" / "Jenna Orloff"). A count of
 *    zero denies its act against a clause that counts nothing ("no patient data had been stolen" / "patient data was
 *    stolen"; "No one was injured" / "Shoppers were injured"): before, a count of zero was left to the values alone.
 *    The one sum of money each of two outlets gives, in clauses of one act, is one fact however little else the
 *    sentences share ("have demanded a ransom of $4 million" / "are demanding $4.5 million"). Two event words
 *    written as two parts of speech are no antonyms ("is the first at the airport" / "is due to last 48 hours").
 *    Alignment weighs each claim against its best 20 candidates, not 40 (a wide story's rows may differ). An amount
 *    of any unit written as a compound before a noun measures that noun, not only a duration ("beaches along a
 *    30-kilometre stretch" / "a slick 12 kilometres long"), and a sentence names the noun only by it or its plural
 *    ("the slick stretched" names no stretch). The year since which something is the first or the worst of its kind
 *    is compared across outlets for one rank and kind ("the worst in the region since 1999" / "the worst spill in
 *    the area since 2003": "Worst since"), however little else the sentences share, and never for two unrelated
 *    things ("unemployment fell for the first time since 2010" / "exports rose for the first time since 2015").
 * 29 (decision 047): a count of one act by a noun of sex or age and one by a noun of a role, each outlet's one count
 *    of it, is one fact ("three men were arrested" / "police detained four suspects"); two such nouns are not ("men"
 *    / "women"). One value two outlets give in one row is one fact, whatever else either sentence holds ("approved
 *    a $180 million contribution" / "voted to put $180 million … into the $640 million project": before, the total
 *    was set against the sum). The day a state ends ("until Thursday") is never compared with the day of an act.
 *    The founding of one thing, dated once by each outlet, is one fact at any grain ("The museum, founded in 1911" /
 *    "Established in 1907, the Brisgate"), as one day of one act is (before, two years needed close sentences).
 *    Time counted from another event is compared only with time so counted. A zero count without a noun ("No
 *    injuries") excludes any count of the same event, as "no one" does. One named holder's two places in an order
 *    conflict whatever the verbs ("finished third" / "faded to fourth place"). Two quotes that go on differently are
 *    compared sentence by sentence and clause by clause ("We do not expect a larger eruption in the coming days, but
 *    …" / "We cannot rule out a larger eruption in the coming days. The ground …"), and a clause row compares the
 *    quotes of its clauses (before, clause rows had nothing to disagree about).
 * 30 (decision 048): a part and a count of the same value are one fact ("found in three of 22 containers" / "hidden
 *    in three containers": before, the whole was set against the count); "all 11 of his points" is the whole, and
 *    "the other two bridges" a part. Dates written alike that the reading resolved apart are no conflict. Opposite
 *    event words of two holders that the nouns name apart are no contradiction ("net income fell" / "spending on
 *    data centres rose"). Two grades of a police or armed force's ladder for one person conflict ("Deputy
 *    Commissioner" / "Chief Superintendent", "Sgt." / "Lt."). A speaker whose outlet names the other speaker in the
 *    same sentence is not the other's misattribution. A denial of an act told by a word of the same sense
 *    contradicts the act ("denied that it closed the slope" / "confirmed it had shut the gates"). Two round figures
 *    agree only if one rounds the other ("around 600" / "about 650" differ; before, their margins touched). Two
 *    thresholds never differ. Two lengths of time more than 50 times apart are of two things ("over nearly four
 *    hours" / "twelve years"). A time of day something is due at and one of a past act time one act only by the same
 *    verb ("is due to publish its bulletin at 5 p.m." / "the avalanche released at 1:50 p.m.").
 * 31 (decision 050): a graded harm is weighed with the ungraded only where it outnumbers it ("no one was injured" /
 *    "two suffered minor injuries" conflict; "42 were hurt" / "two were seriously injured" do not). Amounts of one
 *    measure and holder, each the only one of its measure in its article's lead, are one fact though each article
 *    gives others further down ("a magnitude 5.8 earthquake struck" / "after a 6.1-magnitude earthquake"); so are
 *    the values of a measure named beside them that each article gives once ("Turnout was 38.6%" / "Turnout
 *    reached 36.8%"), and the sums for each person that each article gives once. A figure and the same figure
 *    given as round are shown as one value ("$180 million" / "an estimated 180 million dollars"). Two words written
 *    only inside longer names are a spelling variant only inside one name ("Paris Island" / "Parris Island", not
 *    "Porto Lise" / "Puerto Arvelo"). A quote that is word for word part of another is an excerpt wherever the
 *    alignment starts ("It pushed the smoke away …" inside "The ventilation did what it was designed to do. It
 *    pushed …"). The day a state began and a day of another verb are two acts' days. Ages of people of one noun
 *    that words before it tell apart are two people's ("~van driver" / "~lorry driver"; "~driver" may be either).
 *    The first three months of a year are its first quarter, and the first six its first half ("lost €241 million
 *    in the first three months of the year" / "a loss of €214 million for the first quarter"). A clause that denies
 *    its act of everyone is read after the frame that reports it ("Police said on Monday evening that no one had
 *    been arrested" / "the driver was arrested").
 */
export const ANALYSIS_VERSION = 31;
