//! Stage 3, extract: the modality of a claim trigger — denied ("no
//! casualties were reported", "aucun décès", "no hubo víctimas") or only
//! projected, planned or feared ("could displace up to 10,000", "is
//! expected to flood", "pourrait provoquer").
//!
//! Both read the words of the trigger's clause before it (and, for a
//! denial, the few after it: "deaths have not been reported"), token by
//! token, without a parser: a cue counts only when what stands between it
//! and the trigger is the trigger's own noun phrase or verb group.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::tokens::{Tok, TokKind};
use crate::lang::Language;

/// Words that deny what follows them.
const NEGATORS: &[&str] = &[
    "no", "not", "never", "none", "nobody", "neither", "nor", "without", "zero", "aucun", "aucune",
    "aucuns", "aucunes", "pas", "jamais", "ni", "sans", "ningún", "ninguna", "ninguno", "ningunos",
    "ningunas", "nadie", "sin", "nunca",
];

/// Words after a negator that make it no denial: "no fewer than 20 killed",
/// "not only", "no doubt", "sin embargo".
const NOT_DENIALS: &[&str] = &[
    "fewer",
    "less",
    "more",
    "only",
    "doubt",
    "longer",
    "least",
    "embargo",
    "moins",
    "plus",
    "menos",
    "seulement",
    "sólo",
    "solo",
];

/// Words that may stand between a negator and its trigger: auxiliaries,
/// determiners of quantity, and the adjectives reports give casualties and
/// cases ("no new confirmed cases", "no cholera related deaths have been").
const FILLERS: &[&str] = &[
    "was",
    "were",
    "be",
    "been",
    "being",
    "is",
    "are",
    "has",
    "have",
    "had",
    "did",
    "do",
    "does",
    "yet",
    "so",
    "far",
    "any",
    "one",
    "ones",
    "new",
    "further",
    "additional",
    "other",
    "more",
    "reported",
    "confirmed",
    "suspected",
    "probable",
    "related",
    "serious",
    "major",
    "human",
    "and",
    "or",
    "of",
    "a",
    "an",
    "there",
    "such",
    "été",
    "ont",
    "a",
    "n'a",
    "n’a",
    "n'ont",
    "n’ont",
    "n'y",
    "n’y",
    "eu",
    "de",
    "d'",
    "des",
    "du",
    "nouveau",
    "nouveaux",
    "nouvelle",
    "nouvelles",
    "se",
    "ha",
    "han",
    "habido",
    "hay",
    "hubo",
    "fue",
    "fueron",
    "sido",
    "registrado",
    "reportado",
    "nuevo",
    "nuevos",
    "nueva",
    "nuevas",
    "ni",
    "un",
    "una",
    "solo",
    "sola",
    "et",
    "y",
    "o",
    "ou",
];

/// Words of a definite noun phrase: what they name exists, so a negation
/// before them is of a verb ("could not reach the displaced").
const DEFINITE: &[&str] = &[
    "the", "these", "those", "their", "its", "his", "her", "our", "this", "that", "which", "who",
    "les", "ces", "leurs", "los", "las", "estos", "estas", "sus",
];

/// Verbs after a trigger that a denial may follow ("deaths have not been
/// reported").
const REPORTED: &[&str] = &[
    "reported",
    "confirmed",
    "recorded",
    "registered",
    "observed",
    "found",
    "signalé",
    "signalés",
    "signalée",
    "signalées",
    "enregistré",
    "enregistrés",
    "enregistrée",
    "enregistrées",
    "reportado",
    "reportados",
    "registrado",
    "registrados",
];

/// Cues of a projection, plan, risk or hypothetical.
const PROJECTIONS: &[&str] = &[
    "could",
    "may",
    "might",
    "would",
    "will",
    "shall",
    "expected",
    "likely",
    "projected",
    "forecast",
    "forecasted",
    "predicted",
    "anticipated",
    "planned",
    "planning",
    "plans",
    "plan",
    "intends",
    "risk",
    "risks",
    "threatens",
    "threaten",
    "threatening",
    "feared",
    "fears",
    "potential",
    "potentially",
    "possible",
    "if",
    "unless",
    "pourrait",
    "pourraient",
    "pourra",
    "pourront",
    "devrait",
    "devraient",
    "risque",
    "risquent",
    "menace",
    "menacent",
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "susceptible",
    "susceptibles",
    "éventuel",
    "éventuels",
    "si",
    "podría",
    "podrían",
    "podrá",
    "podrán",
    "riesgo",
    "amenaza",
    "amenazan",
    "prevé",
    "previsto",
    "prevista",
    "posible",
    "posibles",
    "eventual",
];

/// Verbs whose object did not happen ("preventing an unprecedented famine",
/// "pour éviter des inondations").
const PREVENTING: &[&str] = &[
    "prevent",
    "prevents",
    "preventing",
    "avoid",
    "avoiding",
    "avert",
    "averting",
    "éviter",
    "prévenir",
    "evitar",
    "prevenir",
];

/// Words right after a trigger that say it did not happen ("49,000 deaths
/// averted").
const AVERTED: &[&str] = &[
    "averted",
    "prevented",
    "avoided",
    "évités",
    "évitées",
    "évité",
    "evitadas",
    "evitados",
    "evitada",
    "evitado",
];

/// Words after a trigger that make it expected ("further cases are
/// expected", "se pronostican tormentas").
const EXPECTED_AFTER: &[&str] = &["expected", "forecast", "likely", "anticipated", "projected"];

/// Prepositions before a definite noun phrase that leave it a thing named,
/// not a verb's object ("the risk of spread of the confirmed outbreak").
const OF: &[&str] = &[
    "of", "in", "from", "at", "with", "by", "de", "en", "dans", "du", "des", "del", "por", "con",
];

/// A lookup set over one of the word lists above (built once).
macro_rules! word_set {
    ($($name:ident: $list:ident),* $(,)?) => {
        $(
            fn $name(w: &str) -> bool {
                static S: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
                S.get_or_init(|| $list.iter().copied().collect()).contains(w)
            }
        )*
    };
}

word_set!(
    is_negator: NEGATORS,
    is_not_denial: NOT_DENIALS,
    is_definite: DEFINITE,
    is_filler: FILLERS,
    is_averted: AVERTED,
    is_reported: REPORTED,
    is_expected_after: EXPECTED_AFTER,
    is_projection: PROJECTIONS,
    is_preventing: PREVENTING,
    is_of: OF,
    is_denied_head: DENIED_HEADS,
);

/// How many words before a trigger a projection cue may stand.
const PROJECTION_REACH: usize = 8;

/// A verb in the future or conditional, by its ending: French "seront",
/// "versera", Spanish "entregará", "habrán" (English marks it with a cue).
fn future_form(w: &str, lang: Language) -> bool {
    // (four bytes at least: no short word of either language ends so)
    match lang {
        Language::Fr => {
            (w.len() >= 4
                && (w.ends_with("era") || w.ends_with("ront") && !matches!(w, "front" | "affront")))
                || matches!(w, "aura" | "pourra" | "devra" | "verra" | "ira" | "viendra")
        }
        Language::Es => {
            (w.len() >= 4 && (w.ends_with("rá") || w.ends_with("rán")))
                || matches!(
                    w,
                    "podría" | "podrían" | "sería" | "serían" | "habría" | "habrían"
                )
        }
        _ => false,
    }
}

fn word<'a>(body: &'a str, t: &Tok) -> &'a str {
    &body[t.start..t.end]
}

/// Punctuation that ends a clause for these scans.
fn clause_break(body: &str, t: &Tok) -> bool {
    t.kind == TokKind::Punct
        && matches!(
            word(body, t),
            "," | ";"
                | ":"
                | "("
                | ")"
                | "—"
                | "–"
                | "."
                | "!"
                | "?"
                | "“"
                | "”"
                | "\""
                | "«"
                | "»"
        )
}

/// The token in lower case, borrowed when it has no capital (most words).
fn lower<'a>(body: &'a str, t: &Tok) -> Cow<'a, str> {
    let w = word(body, t);
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// "wasn't", "n'ont", "didn’t": a word that carries its own negation.
fn carries_negation(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n’t")
}

/// Words after a trigger that make it a modifier of what is denied ("no
/// cholera related deaths", "zero AIDS-related deaths", "no Ebola deaths":
/// the deaths are denied, not the disease).
const DENIED_HEADS: &[&str] = &[
    "related",
    "associated",
    "deaths",
    "death",
    "fatalities",
    "décès",
    "muertes",
    "-",
    "‐",
];

/// Whether the trigger ending before token `last` is the word a denial is
/// about, not a modifier of it.
fn heads_phrase(body: &str, toks: &[Tok], last: usize) -> bool {
    toks.get(last)
        .is_none_or(|t| !is_denied_head(&lower(body, t)))
}

/// The cue words of both scans: (word, true) for a denial's, (word, false)
/// for a projection's. The trigger matcher finds them in each sentence.
pub(crate) fn cue_words() -> impl Iterator<Item = (&'static str, bool)> {
    let deny = NEGATORS.iter().chain(AVERTED).map(|&w| (w, true));
    let project = PROJECTIONS
        .iter()
        .chain(PREVENTING)
        .chain(EXPECTED_AFTER)
        .chain(&["set", "espera"])
        .map(|&w| (w, false));
    deny.chain(project)
}

/// One automaton over the cue words of both scans, ASCII case-insensitive
/// (built once): pattern `k` is a denial cue when `k < denials`.
fn cue_automaton() -> &'static (AhoCorasick, usize) {
    static A: OnceLock<(AhoCorasick, usize)> = OnceLock::new();
    A.get_or_init(|| {
        // (the denials come first)
        let denials = cue_words().filter(|&(_, deny)| deny).count();
        // (leftmost-longest, not overlapping: patterns hold no space, so a
        // match that is no whole word only hides parts of its own word)
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(cue_words().map(|(w, _)| w))
            .expect("the modality cues build an automaton");
        (ac, denials)
    })
}

/// Which scans a sentence `body[from..to]` needs: (it has a word of
/// denial, it has a cue of projection). `found`: whether the trigger
/// matcher saw a word of each (see [`cue_words`]); then a look at
/// apostrophes and, in French and Spanish, at each word's ending, so that
/// the many sentences with neither cost next to nothing.
pub(crate) fn cues_in(
    body: &str,
    from: usize,
    to: usize,
    toks: &[Tok],
    lang: Language,
    found: (bool, bool),
) -> (bool, bool) {
    let (ac, denials) = cue_automaton();
    // (the automaton ignores ASCII case only: a sentence with other capitals,
    // "NINGÚN MUERTO", "Éviter", is read in lower case, as the scans read it)
    let raw = &body[from..to];
    let lowered: Cow<str> =
        if !raw.is_ascii() && raw.chars().any(|c| !c.is_ascii() && c.is_uppercase()) {
            Cow::Owned(raw.to_lowercase())
        } else {
            Cow::Borrowed(raw)
        };
    let s: &str = &lowered;
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    // (the matcher compares ASCII case only: a sentence it cannot read so
    // is scanned again, lowered)
    let again = matches!(lowered, Cow::Owned(_));
    let (mut d, mut p) = if again { (false, false) } else { found };
    for m in again.then(|| ac.find_iter(s)).into_iter().flatten() {
        if boundary(s[..m.start()].chars().next_back()) && boundary(s[m.end()..].chars().next()) {
            if m.pattern().as_usize() < *denials {
                d = true;
            } else {
                p = true;
            }
            if d && p {
                return (d, p);
            }
        }
    }
    // "wasn't", "HAVEN'T", "didn’t"; "we'll"
    // (each apostrophe: the text before it and after it)
    let apostrophes = || {
        s.match_indices(['\'', '’'])
            .map(|(k, q)| (&s[..k], &s[k + q.len()..]))
    };
    if s.contains('\'') || s.contains('’') {
        d |= apostrophes().any(|(b, a)| b.ends_with(['n', 'N']) && a.starts_with(['t', 'T']));
        p |= apostrophes().any(|(_, a)| a.starts_with("ll") || a.starts_with("LL"));
    }
    if !p && matches!(lang, Language::Fr | Language::Es) {
        // (every such form ends in a, á, n or t: the others are not lowered)
        p = toks
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .filter(|t| {
                matches!(
                    body.as_bytes()[t.end - 1],
                    b'a' | b'A' | b't' | b'T' | b'n' | b'N' | 0xA1 | 0x81
                )
            })
            .any(|t| future_form(&lower(body, t), lang));
    }
    (d, p)
}

/// Whether the trigger over tokens `first..last` of `toks` is denied.
pub(crate) fn negated(body: &str, toks: &[Tok], first: usize, last: usize) -> bool {
    // before: a negator, then only fillers and at most one other word
    let head = heads_phrase(body, toks, last);
    let mut others = 0;
    let mut k = first;
    while k > 0 && first - k < 6 {
        k -= 1;
        let t = &toks[k];
        if clause_break(body, t) {
            break;
        }
        if t.kind != TokKind::Word {
            // (a figure: "no 5 people" is no phrase reports write)
            break;
        }
        let w = lower(body, t);
        if is_negator(&w) || carries_negation(&w) {
            let next = toks.get(k + 1).map(|n| lower(body, n)).unwrap_or_default();
            // ("None of the staff were injured")
            return head
                && !is_not_denial(&next)
                && toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Word);
        }
        if is_definite(&w) {
            let none_of =
                k >= 2 && lower(body, &toks[k - 1]) == "of" && lower(body, &toks[k - 2]) == "none";
            if !none_of {
                return false;
            }
            continue;
        }
        if !is_filler(&w) {
            others += 1;
            if others > 1 {
                return false;
            }
        }
    }
    // "49,000 deaths averted"
    if toks.get(last).is_some_and(|t| is_averted(&lower(body, t))) {
        return true;
    }
    // after: "have not been reported", "n'ont pas été signalés"
    let mut denied = false;
    for t in toks.iter().skip(last).take(5) {
        if t.kind != TokKind::Word {
            return false;
        }
        let w = lower(body, t);
        if is_negator(&w) || carries_negation(&w) {
            denied = true;
        } else if is_reported(&w) {
            return denied;
        } else if !is_filler(&w) {
            return false;
        }
    }
    false
}

/// Whether the trigger over tokens `first..last` is a projection, plan,
/// risk or hypothetical: a cue among the few words of its clause before it
/// (up to a definite noun phrase, which names what exists: "the risk of
/// spread of the confirmed outbreak"), a future verb, or "expected" after
/// it.
pub(crate) fn projected(
    body: &str,
    toks: &[Tok],
    first: usize,
    last: usize,
    lang: Language,
) -> bool {
    // after, in its clause: "further cases (of infection with H7N9 virus)
    // are expected"
    let mut prev: Cow<str> = Cow::Borrowed("");
    for t in toks.iter().skip(last).take(12) {
        if clause_break(body, t) {
            break;
        }
        let w = lower(body, t);
        // (another clause: "12 were killed and more deaths are expected")
        if matches!(
            &*w,
            "and" | "but" | "while" | "whereas" | "et" | "mais" | "y" | "pero" | "which" | "who"
        ) {
            break;
        }
        if is_expected_after(&w)
            && (matches!(&*prev, "is" | "are" | "be" | "been") || prev.is_empty())
        {
            return true;
        }
        prev = w;
    }
    let mut k = first;
    let mut words = 0;
    while k > 0 && words < PROJECTION_REACH {
        k -= 1;
        let t = &toks[k];
        if clause_break(body, t) {
            return false;
        }
        if t.kind != TokKind::Word {
            continue;
        }
        words += 1;
        let w = word(body, t);
        // (lower case only: "May", "Plan" start names and dates)
        if w.starts_with(char::is_uppercase) && k > 0 {
            continue;
        }
        let w = lower(body, t);
        if is_projection(&w)
            || is_preventing(&w)
            || w.ends_with("'ll")
            || w.ends_with("’ll")
            || future_form(&w, lang)
            // "refugees set to return"
            || (w == "set" && toks.get(k + 1).is_some_and(|n| lower(body, n) == "to"))
        {
            return true;
        }
        // a definite object of a preposition ("of the confirmed outbreak")
        if is_definite(&w) && k > 0 && is_of(&lower(body, &toks[k - 1])) {
            return false;
        }
        // "at risk of", "se espera que"
        if w == "espera" && k > 0 && lower(body, &toks[k - 1]) == "se" {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    /// The trigger is the word `trigger` in `s` (its first occurrence).
    fn check(s: &str, trigger: &str) -> (bool, bool) {
        check_in(s, trigger, Language::En)
    }

    fn check_in(s: &str, trigger: &str, lang: Language) -> (bool, bool) {
        let mut toks = Vec::new();
        tokenize(s, 0, s.len(), &mut toks);
        let first = toks
            .iter()
            .position(|t| &s[t.start..t.end] == trigger)
            .unwrap_or_else(|| panic!("{trigger} in {s}"));
        (
            negated(s, &toks, first, first + 1),
            projected(s, &toks, first, first + 1, lang),
        )
    }

    #[test]
    fn the_prefilter_never_hides_a_cue_the_scans_read() {
        for (s, lang) in [
            ("NINGÚN MUERTO FUE REPORTADO EN LIMA.", Language::Es),
            ("DEATHS HAVEN'T BEEN REPORTED SO FAR.", Language::En),
            ("Habría 300 muertos en Lima.", Language::Es),
            ("SERÁN evacuadas 300 personas en Lima.", Language::Es),
            (
                "Aura lieu le déplacement de 300 personnes à Goma.",
                Language::Fr,
            ),
            ("Éviter des inondations à Goma.", Language::Fr),
            ("WE'LL EVACUATE 300 FAMILIES.", Language::En),
            ("No casualties were reported.", Language::En),
        ] {
            let mut toks = Vec::new();
            tokenize(s, 0, s.len(), &mut toks);
            // the cue words as the extractor's trigger matcher finds them
            let rows: &'static [crate::extract::vocab::TriggerRow] = Box::leak(
                crate::extract::vocab::parse_triggers(crate::extract::vocab::CLAIM_TRIGGERS_TSV)
                    .unwrap()
                    .into_boxed_slice(),
            );
            let set = crate::extract::claims::TriggerSet::build(rows, lang).unwrap();
            let mut found = (false, false);
            set.find(
                s,
                (0, s.len()),
                &mut Vec::new(),
                &mut Vec::new(),
                &mut Vec::new(),
                &mut found,
            );
            let (d, p) = cues_in(s, 0, s.len(), &toks, lang, found);
            for i in 0..toks.len() {
                assert!(d || !negated(s, &toks, i, i + 1), "{s}: denial at {i}");
                assert!(
                    p || !projected(s, &toks, i, i + 1, lang),
                    "{s}: projection at {i}"
                );
            }
        }
    }

    #[test]
    fn denials() {
        for (s, t) in [
            ("No casualties were reported.", "casualties"),
            (
                "No cholera related deaths have been reported in November.",
                "deaths",
            ),
            ("There have been no deaths to date.", "deaths"),
            (
                "No casualties and destructions have been reported.",
                "destructions",
            ),
            ("None of the staff were injured.", "injured"),
            ("Fortunately nobody was killed.", "killed"),
            ("Deaths have not been reported so far.", "Deaths"),
            ("Aucun décès n'a été signalé.", "décès"),
            ("L'attaque n'a fait aucune victime.", "victime"),
            ("No se registraron víctimas mortales.", "víctimas"),
            ("Por ahora no hay crecida de ríos.", "crecida"),
            ("There have been 49,000 deaths averted in 2016.", "deaths"),
        ] {
            assert!(check(s, t).0, "{s}");
        }
        for (s, t) in [
            ("No fewer than 20 people were killed.", "killed"),
            (
                "Aid agencies could not reach the displaced in Kidal.",
                "displaced",
            ),
            ("The floods killed 12 people, not 20.", "killed"),
            ("No. 5 camp hosts 2,000 refugees.", "refugees"),
            ("Not only were 20 people killed, 40 were injured.", "killed"),
            ("Many people were killed and no aid arrived.", "killed"),
            // the deaths are denied, not the cholera
            ("No cholera related deaths have been reported.", "cholera"),
            ("There are zero AIDS-related deaths.", "AIDS"),
        ] {
            assert!(!check(s, t).0, "{s}");
        }
    }

    #[test]
    fn projections() {
        for (s, t) in [
            ("The storm could displace up to 10,000 people.", "displace"),
            ("Heavy rains are expected to cause flooding.", "flooding"),
            (
                "Some 5,000 people are at risk of displacement.",
                "displacement",
            ),
            (
                "UNICEF will provide assistance to 3,000 families.",
                "assistance",
            ),
            (
                "La tempête pourrait provoquer des inondations.",
                "inondations",
            ),
            (
                "Se espera que las lluvias provoquen inundaciones.",
                "inundaciones",
            ),
            ("Further sporadic cases of infection are expected.", "cases"),
            (
                "Some 1,500 refugees set to voluntarily return to Darfur.",
                "return",
            ),
            (
                "This is essential in preventing an unprecedented famine.",
                "famine",
            ),
        ] {
            assert!(check(s, t).1, "{s}");
        }
        for (s, t, lang) in [
            (
                "Les réfugiés seront hébergés à Niamey.",
                "hébergés",
                Language::Fr,
            ),
            (
                "La funcionaria entregará 300 pagos a las víctimas.",
                "pagos",
                Language::Es,
            ),
        ] {
            assert!(check_in(s, t, lang).1, "{s}");
        }
        assert!(!check_in("Le choléra a tué 20 personnes.", "tué", Language::Fr).1);
        assert!(
            !check_in(
                "We stand in front of 20 refugees.",
                "refugees",
                Language::Fr
            )
            .1
        );
        for (s, t) in [
            ("The floods displaced 10,000 people.", "displaced"),
            ("In May, floods displaced 10,000 people.", "displaced"),
            (
                "Officials warned, after 12 people were killed, that more rain is coming.",
                "killed",
            ),
            (
                "The Humanitarian Response Plan assisted 3,000 families.",
                "assisted",
            ),
            (
                "To mitigate the risk of spread of the confirmed outbreak.",
                "outbreak",
            ),
            (
                "12 people were killed and more deaths are expected.",
                "killed",
            ),
        ] {
            assert!(!check(s, t).1, "{s}");
        }
    }
}
