//! Stage 3, extract: counts of people in a sentence — digits ("7,000",
//! "1.5 million"), number words (one..twenty, tens, hundred, thousand in
//! English, French and Spanish), their qualifier ("at least") and the noun
//! they count ("civilians"). Years, dates, percentages, money, phone numbers
//! and numbers of things ("16 settlements", "5 km") are not counts of people.
//! Vague quantities ("dozens", "hundreds") give no count; numbers written as
//! nouns after an article do ("une quarantaine de personnes": about 40).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::tokens::{Tok, TokKind};

/// A count of people found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Count {
    /// Token index of the first token of the number.
    pub first: usize,
    /// Token index of the first token of its qualifier before it ("at
    /// least"), else `first`.
    pub lead: usize,
    /// Token index one past the number (and its scale word).
    pub last: usize,
    pub value: u64,
    pub qualifier: Option<String>,
    /// The person noun after the number, lowercased.
    pub subject: Option<String>,
    /// Token index one past the subject noun (or `last`).
    pub after: usize,
    /// True when a person noun or a verb follows; false when only a trigger
    /// right before can claim it ("death toll rose to 27.").
    pub strong: bool,
    /// A part of a figure given by place ("47 in Zamboanga del Norte",
    /// "Malaysia (1)", "25 occurred in Petit-Goâve") or by group ("including
    /// 10 children"): it joins the claim of the figure before it.
    pub part: bool,
    /// Admitted only as such a part.
    pub part_only: bool,
    /// "a peacekeeper", "un blessé", "una mujer": one person, written with
    /// the indefinite article (only a casualty claims it).
    pub article: bool,
}

/// "a death certificate", "a death toll of 27": a death noun that
/// modifies the word after it counts nothing.
fn one_death_modifies(text: &str, toks: &[Tok], noun: usize) -> bool {
    const FOLLOWERS: &[&str] = &[
        "in", "of", "due", "from", "has", "had", "was", "occurred", "and", "at", "on", "among",
        "au", "dans", "à", "de", "du", "en", "et", "survenu", "survenue", "por", "y",
    ];
    is_in(
        text,
        Some(&toks[noun]),
        &["death", "fatality", "décès", "mort"],
    ) && toks
        .get(noun + 1)
        .is_some_and(|n| n.kind == TokKind::Word && !is_in(text, Some(n), FOLLOWERS))
}

/// The noun after the article at `i` that makes it one person: a
/// person's noun right after it ("a civilian"), or after one word of the
/// person's trade or state ("a health worker", "a staff member", "a young
/// girl"). Its token index.
fn one_person_noun(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    const MODIFIERS: &[&str] = &[
        "health",
        "aid",
        "humanitarian",
        "staff",
        "medical",
        "local",
        "young",
        "elderly",
        "pregnant",
        "female",
        "male",
        "international",
        "national",
    ];
    const HEADS: &[&str] = &["worker", "member", "officer", "official"];
    let word = |k: usize| toks.get(k).filter(|t| t.kind == TokKind::Word);
    if word(i + 1).is_some_and(|n| is_in(text, Some(n), ONE_PERSON)) {
        return Some(i + 1);
    }
    (word(i + 1).is_some_and(|m| is_in(text, Some(m), MODIFIERS))
        && word(i + 2)
            .is_some_and(|n| is_in(text, Some(n), ONE_PERSON) || is_in(text, Some(n), HEADS)))
    .then_some(i + 2)
}

/// The indefinite article that counts one person before a singular noun.
const ONE_ARTICLES: &[&str] = &["a", "an", "un", "une", "uno", "una"];

/// Singular nouns of a person (or a death) that an article counts as one:
/// "a civilian was killed", "un Casque bleu", "un blessé grave".
const ONE_PERSON: &[&str] = &[
    "person",
    "man",
    "woman",
    "child",
    "boy",
    "girl",
    "civilian",
    "soldier",
    "peacekeeper",
    "policeman",
    "journalist",
    "volunteer",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "farmer",
    "resident",
    "death",
    "fatality",
    "personne",
    "homme",
    "femme",
    "enfant",
    "soldat",
    "casque",
    "policier",
    "gendarme",
    "journaliste",
    "blessé",
    "mort",
    "décès",
    "persona",
    "hombre",
    "mujer",
    "niño",
    "niña",
    "soldado",
    "policía",
    "periodista",
    "muerto",
    "herido",
    "fallecido",
];

const UNITS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("quinze", 15),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
    ("seis", 6),
    ("siete", 7),
    ("ocho", 8),
    ("nueve", 9),
    ("diez", 10),
    ("once", 11),
    ("doce", 12),
    ("quince", 15),
    ("veinte", 20),
    ("treinta", 30),
    ("cuarenta", 40),
    ("cincuenta", 50),
];

const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("millions", 1_000_000),
    ("billion", 1_000_000_000),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1_000),
    ("cien", 100),
    ("cientos", 100),
    ("mil", 1_000),
    ("millón", 1_000_000),
    ("millones", 1_000_000),
    ("milliard", 1_000_000_000),
    ("milliards", 1_000_000_000),
];

/// Numbers written as nouns after an article, stated as approximate: "une
/// quarantaine de personnes" is about 40, "un centenar de", "a dozen". The
/// plurals ("des dizaines", "hundreds") stay vague. ("cuarentena" is left
/// out: it is a quarantine far more often than forty.)
const COLLECTIVES: &[(&str, u64)] = &[
    ("dizaine", 10),
    ("douzaine", 12),
    ("quinzaine", 15),
    ("vingtaine", 20),
    ("trentaine", 30),
    ("quarantaine", 40),
    ("cinquantaine", 50),
    ("soixantaine", 60),
    ("centaine", 100),
    ("millier", 1_000),
    ("decena", 10),
    ("docena", 12),
    ("veintena", 20),
    ("treintena", 30),
    ("cincuentena", 50),
    ("centenar", 100),
    ("millar", 1_000),
    ("dozen", 12),
];

/// A number written as a noun after an article at token `i` (`lw`: its
/// word in ASCII lower case): "une
/// quarantaine" (about 40), "un million de personnes", "a million", "half a
/// million", "medio millar" (500). Returns the value, whether the text
/// states it as approximate, and its length in tokens. ("d’une centaine":
/// French elides the preposition into the article.)
fn article_numeral(lw: &str, text: &str, toks: &[Tok], i: usize) -> Option<(u64, bool, usize)> {
    let word = |k: usize| toks.get(k).map(|t| &text[t.start..t.end]);
    let next = word(i + 1)?;
    let million = |x: &str| {
        ["million", "millón", "millon"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(x))
    };
    match lw {
        "half" if next.eq_ignore_ascii_case("a") && word(i + 2).is_some_and(million) => {
            Some((500_000, false, 3))
        }
        "medio" if million(next) => Some((500_000, false, 2)),
        "medio" if next.eq_ignore_ascii_case("millar") => Some((500, false, 2)),
        "a" | "an" | "un" | "une" | "una" | "d'une" | "d’une" | "d'un" | "d’un" => {
            if million(next) {
                return Some((1_000_000, false, 2));
            }
            COLLECTIVES
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(next))
                .map(|&(_, v)| (v, true, 2))
        }
        _ => None,
    }
}

/// A person noun, also with the French preposition elided into it
/// ("un millier d’enfants").
fn is_person_noun(text: &str, t: &Tok) -> bool {
    let w = &text[t.start..t.end];
    let bare = ["d'", "d’"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .unwrap_or(w);
    PERSON_NOUNS.iter().any(|x| x.eq_ignore_ascii_case(bare))
}

/// Nouns that make a number a count of people; the noun becomes the subject.
const PERSON_NOUNS: &[&str] = &[
    "people",
    "persons",
    "person",
    "individuals",
    "civilians",
    "civilian",
    "soldiers",
    "soldier",
    "children",
    "child",
    "women",
    "men",
    "girls",
    "boys",
    "residents",
    "refugees",
    "refugee",
    "migrants",
    "idps",
    "families",
    "households",
    "patients",
    "deaths",
    "death",
    "fatalities",
    "fatality",
    "injuries",
    "injury",
    "peacekeeper",
    "worker",
    "décès",
    "blessé",
    "mort",
    "disparus",
    "évacués",
    "rapatriés",
    "defunciones",
    "decesos",
    "fallecidas",
    "lesionados",
    "desaparecidos",
    "evacuados",
    "muerto",
    "herido",
    "fallecido",
    "casualties",
    "victims",
    "militants",
    "fighters",
    "troops",
    "policemen",
    "officers",
    "workers",
    "staff",
    "volunteers",
    "students",
    "pupils",
    "teachers",
    "peacekeepers",
    "inhabitants",
    "others",
    "adults",
    "infants",
    "babies",
    "newborns",
    "returnees",
    "detainees",
    "prisoners",
    "hostages",
    "journalists",
    "doctors",
    "nurses",
    "farmers",
    "fishermen",
    "villagers",
    "passengers",
    "personnel",
    "survivors",
    "bodies",
    "dead",
    "injured",
    "wounded",
    "displaced",
    "evacuees",
    "arrivals",
    "arrivants",
    "llegados",
    "asylum-seekers",
    // "11,741 destitute asylum seekers"
    "seekers",
    "minors",
    "elderly",
    "personnes",
    "civils",
    "soldats",
    "enfants",
    "femmes",
    "hommes",
    "réfugiés",
    "déplacés",
    "ménages",
    "familles",
    "morts",
    "blessés",
    "victimes",
    "habitants",
    "migrants",
    "personas",
    "civiles",
    "soldados",
    "niños",
    "niñas",
    "mujeres",
    "hombres",
    "familias",
    "refugiados",
    "desplazados",
    "muertos",
    "heridos",
    "víctimas",
    "habitantes",
    "migrantes",
    "hogares",
    "fallecidos",
    "menores",
    // armed and uniformed people, protesters, workers
    "employees",
    "robbers",
    "assailants",
    "rebels",
    "insurgents",
    "gunmen",
    "attackers",
    "protesters",
    "demonstrators",
    "pilgrims",
    "miners",
    "casques",
    "cascos",
    "policiers",
    "gendarmes",
    "combattants",
    "manifestants",
    "élèves",
    "travailleurs",
    "policías",
    "combatientes",
    "manifestantes",
    "estudiantes",
    "trabajadores",
];

/// Words that, right after a number, make it the subject of a verb ("200
/// have been injured", "27 killed").
const VERBISH: &[&str] = &[
    "have",
    "has",
    "had",
    "were",
    "was",
    "are",
    "is",
    "been",
    "remain",
    "remained",
    "died",
    "killed",
    "injured",
    "wounded",
    "dead",
    "missing",
    "displaced",
    "evacuated",
    "fled",
    "ont",
    "sont",
    "été",
    "han",
    "fueron",
    "murieron",
    "resultaron",
    "tués",
    "blessés",
    "morts",
    "muertos",
    "heridos",
    "more",
    "others",
    "among",
];

/// A people's name in the plural, right after a number ("84,596 Rwandans",
/// "300 Syrians", "1 500 Congolais"): capitalised, with a demonym ending.
fn is_demonym_plural(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase)
        && w.chars().count() >= 5
        && ["ans", "ese", "is", "ais", "iens", "iennes", "ois"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// Words after a number that make it a part of a group named before ("8 of
/// whom have died"); the verb after them says what happened to that part.
const PARTITIVES: &[&str] = &[
    "of whom",
    "of them",
    "among them",
    "d'entre eux",
    "d’entre eux",
    "d'entre elles",
    "d’entre elles",
    "de ellos",
    "de ellas",
    "de los cuales",
    "de las cuales",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

const MONEY: &[&str] = &[
    "quarter", "quarters", "third", "thirds", "half", "fifth", "fifths", "tenth", "times", "fold",
    "tiers", "quart", "moitié", "tercio", "cuarto", "mitad", "veces", "fois", "$", "us$", "usd",
    "chf", "eur", "€", "£", "dollars", "euros", "francs", "dólares", "pesos", "percent", "per",
    "%", "pour", "por", "pc",
];

/// Each qualifier with its words (split once).
fn qualifier_words_of() -> &'static [(&'static str, Vec<&'static str>)] {
    static Q: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    Q.get_or_init(|| {
        QUALIFIERS
            .iter()
            .map(|&q| (q, q.split(' ').collect()))
            .collect()
    })
}

const QUALIFIERS: &[&str] = &[
    "at least",
    "more than",
    "over",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "up to",
    "some",
    "an estimated",
    "estimated",
    "less than",
    "fewer than",
    "roughly",
    "close to",
    "as many as",
    "at most",
    "au moins",
    "plus de",
    "près de",
    "environ",
    "quelque",
    "jusqu'à",
    "moins de",
    "al menos",
    "más de",
    "cerca de",
    "unos",
    "unas",
    "alrededor de",
    "aproximadamente",
    "casi",
    "hasta",
    "menos de",
    "por lo menos",
];

fn lower(text: &str, t: &Tok) -> String {
    text[t.start..t.end].to_lowercase()
}

/// The token's text equals one of `set`, ignoring ASCII case.
fn is_in(text: &str, t: Option<&Tok>, set: &[&str]) -> bool {
    t.is_some_and(|t| {
        let w = &text[t.start..t.end];
        set.iter().any(|x| x.eq_ignore_ascii_case(w))
    })
}

/// `w` in ASCII lower case, in `buf` (words of at most 16 bytes): no
/// allocation for the many short words a sentence has.
fn ascii_lower<'a>(w: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let b = w.as_bytes();
    let out = buf.get_mut(..b.len())?;
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The value of a number word, any ASCII case ("twenty-five" arrives as
/// three tokens and is put together by the caller).
fn word_value(w: &str) -> Option<u64> {
    let mut buf = [0u8; 16];
    unit_value(ascii_lower(w, &mut buf)?)
}

/// The value of a lower-case number word ("twenty", "quatre").
fn unit_value(lw: &str) -> Option<u64> {
    static UNIT_MAP: OnceLock<HashMap<&'static str, u64>> = OnceLock::new();
    UNIT_MAP
        .get_or_init(|| UNITS.iter().copied().collect())
        .get(lw)
        .copied()
}

/// The multiplier of a scale word ("thousand", "millones"), any ASCII case.
fn scale_value(w: &str) -> Option<u64> {
    static SCALE_MAP: OnceLock<HashMap<&'static str, u64>> = OnceLock::new();
    let mut buf = [0u8; 16];
    SCALE_MAP
        .get_or_init(|| SCALES.iter().copied().collect())
        .get(ascii_lower(w, &mut buf)?)
        .copied()
}

fn parse_digits(s: &str, french_style: bool) -> Option<(u64, bool)> {
    // returns (value times 1000 when there is a decimal part, has_decimal)
    let comma_groups = s.split(',').count() > 1 && s.split(',').skip(1).all(|g| g.len() == 3);
    let dot_groups = s.split('.').count() > 1 && s.split('.').skip(1).all(|g| g.len() == 3);
    if comma_groups && !s.contains('.') {
        return s.replace(',', "").parse().ok().map(|v| (v, false));
    }
    if dot_groups && !s.contains(',') && french_style {
        return s.replace('.', "").parse().ok().map(|v| (v, false));
    }
    if !s.contains(',') && !s.contains('.') {
        return s.parse().ok().map(|v| (v, false));
    }
    // decimal "1.5" / "1,5"
    let f: f64 = s.replace(',', ".").parse().ok()?;
    Some(((f * 1000.0).round() as u64, true))
}

/// Finds the counts of people in one sentence's tokens.
pub(crate) fn find_counts(text: &str, toks: &[Tok], romance: bool) -> Vec<Count> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let mut value: Option<u64> = None;
        let first = i;
        let mut last = i + 1;
        let mut is_year_like = false;
        let mut is_digits = false;
        let mut article = false;
        // "une quarantaine de": approximate, and only of people
        let mut collective = false;
        // the noun an article's one counts ("a civilian", "a health worker")
        let mut article_noun = i + 1;
        if t.kind == TokKind::Num {
            let s = &text[t.start..t.end];
            is_digits = true;
            // Swiss "56'000"
            let mut s_owned = s.replace(['\'', '\u{2019}'], ",");
            // Thousands with spaces: "7 000", "70 000" (French, Spanish and UN
            // English), only after a plain group of one to three digits.
            let plain_group = s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
            while plain_group
                && last < toks.len()
                && toks[last].kind == TokKind::Num
                && toks[last].end - toks[last].start == 3
                && text[toks[last - 1].end..toks[last].start].chars().count() == 1
            {
                s_owned.push_str(&text[toks[last].start..toks[last].end]);
                last += 1;
            }
            if s_owned.len() > 9 {
                i = last;
                continue;
            }
            is_year_like = s_owned.len() == 4
                && !s_owned.contains([',', '.'])
                && (1900..=2100).contains(&s_owned.parse::<u32>().unwrap_or(0));
            if let Some((v, dec)) = parse_digits(&s_owned, romance) {
                let scale = toks
                    .get(last)
                    .and_then(|n| scale_value(&text[n.start..n.end]));
                value = match (dec, scale) {
                    (true, Some(m)) => Some(v * m / 1000),
                    (true, None) => None,
                    (false, Some(m)) => Some(v * m),
                    (false, None) => Some(v),
                };
                if scale.is_some() {
                    last += 1;
                }
                // Spanish "5 mil 14" is 5,014
                if romance
                    && scale == Some(1_000)
                    && text[toks[last - 1].start..toks[last - 1].end].eq_ignore_ascii_case("mil")
                {
                    if let Some(rest) = toks.get(last).filter(|n| {
                        n.kind == TokKind::Num
                            && n.end - n.start <= 3
                            && text[n.start..n.end].bytes().all(|b| b.is_ascii_digit())
                            && text[toks[last - 1].end..n.start] == *" "
                    }) {
                        value = value
                            .map(|v| v + text[rest.start..rest.end].parse::<u64>().unwrap_or(0));
                        last += 1;
                    }
                }
            }
        } else if t.kind == TokKind::Word && t.end - t.start <= 9 {
            let w = &text[t.start..t.end];
            let mut buf = [0u8; 16];
            let lw = ascii_lower(w, &mut buf).unwrap_or("");
            if let Some(mut v) = unit_value(lw) {
                // twenty-five
                if v >= 20
                    && v % 10 == 0
                    && toks
                        .get(i + 1)
                        .is_some_and(|h| &text[h.start..h.end] == "-")
                    && toks
                        .get(i + 2)
                        .is_some_and(|u| word_value(&text[u.start..u.end]).is_some_and(|x| x < 10))
                {
                    v += word_value(&text[toks[i + 2].start..toks[i + 2].end]).unwrap_or(0);
                    last = i + 3;
                }
                if let Some(m) = toks
                    .get(last)
                    .and_then(|n| scale_value(&text[n.start..n.end]))
                {
                    v *= m;
                    last += 1;
                }
                value = Some(v);
            } else if let Some((v, approximate, len)) = article_numeral(lw, text, toks, i) {
                value = Some(v);
                collective = approximate;
                last = i + len;
            } else if let Some(noun) = ONE_ARTICLES
                .contains(&lw)
                .then(|| one_person_noun(text, toks, i))
                .flatten()
                .filter(|&noun| {
                    // "contact with a person", "a person who has died of
                    // plague": anyone, not one
                    let anyone = (i > 0
                        && is_in(text, Some(&toks[i - 1]), &["with", "to", "avec", "con"]))
                        || (is_in(text, toks.get(noun + 1), &["who", "that"])
                            && is_in(text, toks.get(noun + 2), &["is", "has", "have", "are"]));
                    !(anyone || one_death_modifies(text, toks, noun))
                })
            {
                value = Some(1);
                article = true;
                article_noun = noun;
            } else if i > 0 && is_in(text, toks.get(i - 1), &["a", "one"]) {
                // "a hundred", "a thousand"
                value = scale_value(lw).filter(|&m| m <= 1000);
            }
        }
        let Some(value) = value.filter(|_| {
            // "000", "05": parts of codes or split numbers, not counts
            !(is_digits && text[t.start..].starts_with('0') && t.end - t.start > 1)
        }) else {
            i = last.max(i + 1);
            continue;
        };
        // "570+ individuals": more than the figure
        let plus = is_digits
            && toks
                .get(last)
                .is_some_and(|n| n.start == toks[last - 1].end && &text[n.start..n.end] == "+")
            && toks.get(last + 1).is_none_or(|n| n.kind != TokKind::Num);
        if plus {
            last += 1;
        }
        i = last;
        // hard rejections
        let prev = first.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(last);
        let prev_is = |set: &[&str]| is_in(text, prev, set);
        let next_is = |set: &[&str]| is_in(text, next, set);
        if prev_is(MONTHS) || next_is(MONTHS) || prev_is(MONEY) || next_is(MONEY) {
            continue;
        }
        if is_digits {
            // phone numbers, codes, ranges of digits, times
            let prev_tok = first.checked_sub(1).map(|p| toks[p]);
            let next_tok = toks.get(last);
            // a slash between two numbers that it touches is a date or a
            // fraction ("12/03", "1/2"); "79 cases/57 deaths" is two figures
            let is_slash = |k: usize| toks.get(k).is_some_and(|t| &text[t.start..t.end] == "/");
            let date_before = first >= 2
                && is_slash(first - 1)
                && toks[first - 2].kind == TokKind::Num
                && toks[first - 1].end == toks[first].start
                && toks[first - 2].end == toks[first - 1].start;
            let date_after = is_slash(last)
                && toks.get(last + 1).is_some_and(|n| {
                    n.kind == TokKind::Num
                        && n.start == toks[last].end
                        && toks[last].start == toks[last - 1].end
                });
            if date_before
                || date_after
                || prev_tok.is_some_and(|p| {
                    p.kind == TokKind::Num || matches!(&text[p.start..p.end], "+" | "#")
                })
                // "10:30" is a time; "Deaths: 45" and "pre-2013: 352,500"
                // are figures in a list
                || prev_tok.is_some_and(|p| {
                    &text[p.start..p.end] == ":"
                        && (first < 2
                            || (p.end == t.start
                                && toks[first - 2].kind == TokKind::Num
                                && toks[first - 2].end == p.start))
                })
                || next_tok.is_some_and(|n| {
                    n.kind == TokKind::Num || matches!(&text[n.start..n.end], ":" | "%")
                })
            {
                continue;
            }
            if prev_is(&[
                "no",
                "n°",
                "number",
                "nº",
                "resolution",
                "article",
                "phase",
                "level",
                "grade",
                "covid",
                "h1n1",
                "page",
                "km",
                "route",
            ]) {
                continue;
            }
        }
        // qualifier
        let mut qualifier = None;
        let mut qualifier_words = 0;
        for (q, words) in qualifier_words_of() {
            let n = words.len();
            if first >= n
                && words
                    .iter()
                    .zip(&toks[first - n..first])
                    .all(|(w, t)| w.eq_ignore_ascii_case(&text[t.start..t.end]))
            {
                qualifier = Some(q.to_string());
                qualifier_words = n;
                break;
            }
        }
        // "plus d’une centaine", "près d'un millier": "de" is in the article
        let elided = is_in(text, Some(&t), &["d'une", "d’une", "d'un", "d’un"]);
        if qualifier.is_none() && elided && first > 0 {
            let q = match lower(text, &toks[first - 1]).as_str() {
                "plus" => Some("plus de"),
                "près" => Some("près de"),
                "moins" => Some("moins de"),
                _ => None,
            };
            if q.is_some() {
                qualifier = q.map(str::to_string);
                qualifier_words = 1;
            }
        }
        if collective && qualifier.is_none() {
            qualifier = Some("about".to_string());
        }
        // subject: a person noun within two words (adjectives) after the
        // number, or after "the number of" that follows it ("brings to 92 the
        // number of aid workers killed", "porte à 14 le nombre de Casques bleus")
        let mut subject = None;
        let mut after = last;
        // ("to 92 the number of", "à 14 le nombre de": not "In 2017 the
        // number of refugees doubled")
        let lead = first - qualifier_words;
        if plus && qualifier.is_none() {
            qualifier = Some("more than".to_string());
        }
        let phrase =
            if !is_year_like && lead > 0 && is_in(text, toks.get(lead - 1), &["to", "à", "a"]) {
                number_of_after(text, &toks[last..])
            } else {
                0
            };
        let mut k = last + phrase;
        // (one word before the noun after the phrase: "the number of aid
        // workers", not "the number of countries where displaced people")
        let mut skipped = usize::from(phrase > 0);
        // ("the deaths of at least 8 cases": before the qualifier)
        let deaths_of = lead >= 2
            && is_in(text, toks.get(lead - 1), &["of", "de"])
            && is_in(
                text,
                toks.get(lead - 2),
                &["deaths", "death", "décès", "mort", "muerte", "muertes"],
            );
        while k < toks.len() && skipped <= 2 {
            let tk = toks[k];
            if tk.kind != TokKind::Word {
                // "3,000 - people", "600,000 – people crossing" (lists)
                if matches!(&text[tk.start..tk.end], "-" | "–" | "—") {
                    k += 1;
                    continue;
                }
                break;
            }
            if is_person_noun(text, &tk)
                // "the deaths of 2 probable cases": cases that died are people
                || (deaths_of && is_in(text, Some(&tk), &["cases", "cas", "casos"]))
                // "3 militaires", not "418 libretas militares"
                || (k == last && is_in(text, Some(&tk), &["militaires", "militares"]))
                // "15 desaparecidas y 3 heridas": the victims as their
                // participle, right after the figure
                || (k == last && is_in(text, Some(&tk), VICTIM_PARTICIPLES))
                || (k == last && is_demonym_plural(&text[tk.start..tk.end]))
            {
                // "3,000 internally displaced families": the head noun
                let head = toks
                    .get(k + 1)
                    .filter(|n| n.kind == TokKind::Word && is_in(text, Some(n), PERSON_NOUNS));
                let k = if head.is_some() { k + 1 } else { k };
                let noun = lower(text, &toks[k]);
                let bare = ["d'", "d’"].iter().find_map(|p| noun.strip_prefix(p));
                subject = Some(bare.map_or_else(|| noun.clone(), str::to_string));
                after = k + 1;
                // "14 casques bleus et 5 soldats": the two words are one noun
                if is_in(text, Some(&toks[k]), &["casques", "cascos"])
                    && is_in(text, toks.get(k + 1), &["bleus", "azules"])
                {
                    after += 1;
                }
                break;
            }
            if skipped == 0 && k == last && is_in(text, Some(&tk), VERBISH) {
                break;
            }
            skipped += 1;
            k += 1;
        }
        // "a peacekeeper": the noun is the subject ("un Casque bleu": both words)
        if article {
            let noun = article_noun;
            let word = lower(text, &toks[noun]);
            after = noun + 1;
            if word == "casque" && is_in(text, toks.get(noun + 1), &["bleu"]) {
                after += 1;
            }
            subject = Some(word);
        }
        let mut verbish = is_in(
            text,
            toks.get(last).filter(|t| t.kind == TokKind::Word),
            VERBISH,
        );
        // "8 of whom have died", "dont 5 ont péri", "de los cuales": a part
        // of the people just named, counted by the verb that follows
        if subject.is_none() {
            if let Some(n) = PARTITIVES.iter().find_map(|p| {
                let n = p.split(' ').count();
                (last + n <= toks.len()
                    && p.split(' ')
                        .zip(&toks[last..])
                        .all(|(w, t)| w.eq_ignore_ascii_case(&text[t.start..t.end])))
                .then_some(n)
            }) {
                verbish = true;
                after = last + n;
            }
        }
        // the object of a verb of violence: "killed four in Oturkpo",
        // "abducted two", "killed at least 12 on Monday"
        if subject.is_none() && lead > 0 && is_in(text, toks.get(lead - 1), VIOLENCE_VERBS) {
            verbish = true;
        }
        let at_end = toks.get(last).is_none_or(|t| {
            t.kind == TokKind::Punct
                && matches!(&text[t.start..t.end], "." | "," | ";" | ")" | "”" | "\"")
        });
        if value > 1_000_000_000
            || (is_year_like && subject.is_none())
            || (collective && subject.is_none())
        {
            continue;
        }
        // a part by place: "47 in Zamboanga", "25 occurred in Petit-Goâve",
        // "Hong Kong SAR (3)"; by group: "including 10 children"
        let word_at = |k: usize| toks.get(k).map(|t| &text[t.start..t.end]);
        let capital_at =
            |k: usize| word_at(k).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        let prep = |k: usize| word_at(k).is_some_and(|w| matches!(w, "in" | "en" | "à" | "dans"));
        let by_place = is_digits
            && !is_year_like
            && ((prep(last) && capital_at(last + 1))
                || (is_in(text, toks.get(last), &["occurred", "died", "were", "in"])
                    && prep(last + 1)
                    && capital_at(last + 2))
                || (first >= 2
                    && word_at(first - 1) == Some("(")
                    && word_at(last) == Some(")")
                    && capital_at(first - 2)));
        let by_group = subject.is_some()
            && first > 0
            && is_in(
                text,
                toks.get(first - 1),
                &["including", "incluidos", "incluidas", "dont", "notamment"],
            );
        let part = by_place || by_group;
        // admitted as a part only: no claim takes it as its own figure
        // ("trois personnes dont un enfant": the article's one is a part)
        let part_only = (subject.is_none() && !verbish && !at_end) || (article && by_group);
        if part_only && !part {
            continue;
        }
        out.push(Count {
            first,
            lead,
            last,
            value,
            qualifier,
            strong: subject.is_some() || verbish,
            subject,
            after,
            part,
            part_only,
            article,
        });
    }
    households_given_as_people(text, toks, &mut out);
    out
}

/// Participles that name victims right after a figure ("15 desaparecidas
/// y 3 heridas", "12 disparus", "20 missing"); after a noun they are its
/// trigger, not its head ("241 987 personnes déplacées internes").
const VICTIM_PARTICIPLES: &[&str] = &[
    "fallecidas",
    "heridas",
    "muertas",
    "desaparecidos",
    "desaparecidas",
    "lesionados",
    "lesionadas",
    "desplazadas",
    "damnificados",
    "damnificadas",
    "blessées",
    "disparus",
    "disparues",
    "déplacées",
    "missing",
];

/// Whether a word is a month's name or abbreviation (en/fr/es, any case).
pub(crate) fn is_month(w: &str) -> bool {
    MONTHS.contains(&w.to_lowercase().as_str())
}

/// Household nouns: a figure of them is no count of people.
const HOUSEHOLDS: &[&str] = &[
    "families",
    "households",
    "familles",
    "ménages",
    "familias",
    "hogares",
];

/// Nouns of people that may restate a household figure.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "individuals",
    "personnes",
    "individus",
    "personas",
    "individuos",
];

/// "166 families (473 people)", "12,768 families or 50,362 persons", "11,447
/// families / 52,142 persons": the figure of households restates the one of
/// people right after it, which alone is the count; it stands where the
/// household figure stands (its phrase spans both).
fn households_given_as_people(text: &str, toks: &[Tok], out: &mut Vec<Count>) {
    let restated: Vec<bool> = (0..out.len())
        .map(|i| {
            let (c, Some(next)) = (&out[i], out.get(i + 1)) else {
                return false;
            };
            let household = c
                .subject
                .as_deref()
                .is_some_and(|s| HOUSEHOLDS.contains(&s));
            let people = next.subject.as_deref().is_some_and(|s| PEOPLE.contains(&s));
            let link = next.first >= c.after
                && next.first - c.after <= 2
                && toks[c.after..next.first]
                    .iter()
                    .all(|t| is_in(text, Some(t), &["(", "or", "ou", "o", "/", "soit"]));
            household && people && link
        })
        .collect();
    for i in (0..out.len()).rev() {
        if restated[i] {
            let people = out.remove(i + 1);
            let c = &mut out[i];
            c.value = people.value;
            c.subject = people.subject;
            c.last = people.last;
            c.after = people.after;
            c.strong = true;
            c.qualifier = c.qualifier.take().or(people.qualifier);
        }
    }
}

/// Verbs of violence whose object may be a bare figure ("killed four").
const VIOLENCE_VERBS: &[&str] = &[
    "killed",
    "killing",
    "kills",
    "injured",
    "injuring",
    "wounded",
    "wounding",
    "abducted",
    "abducting",
    "kidnapped",
    "kidnapping",
    "tué",
    "tuant",
    "blessé",
    "blessant",
    "enlevé",
    "mató",
    "matando",
    "asesinó",
    "hirió",
    "secuestró",
];

/// "The number of" phrases that may follow a figure they give, as words.
const NUMBER_OF_AFTER: &[&[&str]] = &[
    &["the", "number", "of"],
    &["the", "total", "number", "of"],
    &["the", "toll", "of"],
    &["le", "nombre", "de"],
    &["le", "nombre", "total", "de"],
    &["el", "número", "de"],
    &["el", "número", "total", "de"],
    &["la", "cifra", "de"],
];

/// How many tokens of a "the number of" phrase open `toks` (0 if none).
fn number_of_after(text: &str, toks: &[Tok]) -> usize {
    let words: Vec<&Tok> = toks.iter().take(5).collect();
    NUMBER_OF_AFTER
        .iter()
        .find(|p| {
            p.len() <= words.len()
                && p.iter()
                    .zip(&words)
                    .all(|(w, t)| w.eq_ignore_ascii_case(&text[t.start..t.end]))
        })
        .map_or(0, |p| p.len())
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn counts(s: &str) -> Vec<(u64, Option<String>, Option<String>)> {
        let mut t = Vec::new();
        tokenize(s, 0, s.len(), &mut t);
        find_counts(s, &t, false)
            .into_iter()
            .map(|c| (c.value, c.qualifier, c.subject))
            .collect()
    }

    #[test]
    fn households_restated_as_people_count_the_people() {
        for s in [
            "displacement of at least 166 families (473 people) from the villages",
            "A total of 166 families or 473 persons are staying in centres",
            "Evacuations: 166 families / 473 persons are in centres",
            "desplazamiento de al menos 166 familias (473 personas)",
        ] {
            let c = counts(s);
            assert_eq!(c.len(), 1, "{s}: {c:?}");
            assert_eq!(c[0].0, 473, "{s}");
        }
        // households alone stay a figure (the claim decides what it counts)
        assert_eq!(counts("The floods displaced 166 families.")[0].0, 166);
        // a comma joins two clauses, not a restatement
        let c = counts("The floods displaced 1,200 households, 35 people were killed.");
        assert_eq!(c.len(), 2, "{c:?}");
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(counts("7,000 people have been evacuated")[0].0, 7000);
        assert_eq!(
            counts("the death of two civilians")[0],
            (2, None, Some("civilians".into()))
        );
        assert_eq!(counts("1.5 million people are displaced")[0].0, 1_500_000);
        assert_eq!(counts("twenty-five children died")[0].0, 25);
        assert_eq!(counts("a thousand families fled")[0].0, 1000);
    }

    #[test]
    fn an_article_counts_one_person_of_a_trade() {
        // rw-2390599
        assert_eq!(counts("a health worker was killed")[0].0, 1);
        assert_eq!(
            counts("a staff member was killed")[0].2.as_deref(),
            Some("member")
        );
        // a modifier alone, or a trade's noun with no modifier, counts nothing
        assert!(counts("a health centre was hit").is_empty());
        assert!(counts("a member of the team spoke").is_empty());
    }

    #[test]
    fn numbers_written_as_nouns_after_an_article() {
        let one = |s: &str| {
            let c = counts(s);
            assert_eq!(c.len(), 1, "{s}: {c:?}");
            c.into_iter().next().unwrap()
        };
        let some = |q: &str| Some(q.to_string());
        // rw-2379194, rw-2386489, rw-2382074
        assert_eq!(
            one("qui a causé la mort d’une quarantaine de personnes"),
            (40, some("about"), some("personnes"))
        );
        assert_eq!(
            one("a forcé un million de personnes à quitter leurs foyers"),
            (1_000_000, None, some("personnes"))
        );
        assert_eq!(
            one("al menos medio millar de personas"),
            (500, some("al menos"), some("personas"))
        );
        assert_eq!(
            one("plus d’une centaine d’enfants ont été tués"),
            (100, some("plus de"), some("enfants"))
        );
        assert_eq!(
            one("un centenar de familias fueron desplazadas"),
            (100, some("about"), some("familias"))
        );
        assert_eq!(
            one("half a million people have fled"),
            (500_000, None, some("people"))
        );
        assert_eq!(one("a dozen people were killed").0, 12);
        // a collective of anything but people, money, and the plurals count nothing
        assert!(counts("une quarantaine de 14 jours a été imposée").is_empty());
        assert!(counts("située à une vingtaine de kilomètres").is_empty());
        assert!(counts("they received a million dollars").is_empty());
        assert!(counts("des centaines de personnes ont fui").is_empty());
        assert!(counts("dozens of people were killed").is_empty());
    }

    #[test]
    fn partitives_and_list_figures() {
        // "8 of whom have died": a count for the verb that follows
        assert_eq!(
            counts("14 workers were infected, 8 of whom have died")[1].0,
            8
        );
        let mut t = Vec::new();
        let s = "Quarante réfugiés, dont 5 d’entre eux sont morts";
        tokenize(s, 0, s.len(), &mut t);
        assert!(find_counts(s, &t, true).iter().any(|c| c.value == 5));
        // "Deaths: 45" is a figure, "at 10:30" a time
        assert_eq!(counts("Deaths: 45.")[0].0, 45);
        assert!(counts("At 10:30 the storm hit.").is_empty());
        assert_eq!(counts("Refugees - pre-2013: 352,500")[0].0, 352_500);
        // a people's name counts like "people"
        assert_eq!(
            counts("84,596 Rwandans have been repatriated")[0],
            (84_596, None, Some("rwandans".into()))
        );
        assert!(counts("in 12 Regions and provinces").is_empty());
        // a figure in a list: "600,000 – people crossing into Bangladesh"
        assert_eq!(
            counts("600,000 – people crossing")[0],
            (600_000, None, Some("people".into()))
        );
        // without the partitive, "8 of" is not a count
        assert!(counts("in 8 of the districts").is_empty());
    }

    #[test]
    fn years_dates_units_are_not_counts() {
        assert!(counts("violating the 2020 ceasefire, after that of 1994.").is_empty());
        assert!(counts("evacuated from 16 settlements 5 km away").is_empty());
        assert!(counts("on 12 March 2023, 45% of homes; call +41 22 730 2111").is_empty());
        assert!(counts("US$ 250 million was requested").is_empty());
    }

    #[test]
    fn qualifiers() {
        assert_eq!(
            counts("at least 27 people have died")[0].1.as_deref(),
            Some("at least")
        );
        assert_eq!(
            counts("more than 200 were injured")[0].1.as_deref(),
            Some("more than")
        );
        assert_eq!(
            counts("another 200 have been injured")[0],
            (200, None, None)
        );
        // rw-2388169
        assert_eq!(
            counts("now reaching 570+ individuals")[0],
            (
                570,
                Some("more than".to_string()),
                Some("individuals".to_string())
            )
        );
    }

    #[test]
    fn spanish_thousands_in_words() {
        let s = "han muerto 5 mil 14 migrantes en tránsito";
        let mut t = Vec::new();
        tokenize(s, 0, s.len(), &mut t);
        let c: Vec<u64> = find_counts(s, &t, true).iter().map(|c| c.value).collect();
        assert_eq!(c, [5014]);
    }

    #[test]
    fn french_spaced_thousands() {
        let s = "au moins 7 000 personnes déplacées";
        let mut t = Vec::new();
        tokenize(s, 0, s.len(), &mut t);
        let c = find_counts(s, &t, true);
        assert_eq!(c[0].value, 7000);
        assert_eq!(c[0].qualifier.as_deref(), Some("au moins"));
    }
}
