//! Stage 3, extract: the words of attribution — who speaks in a sentence:
//! subjects and their gaps, inverted and passive speakers, verbs that open
//! or close a sentence, source lines, and the state bodies around a place.

use super::persons::has_whole_word;
use super::tokens::{ends_with_ci, floor_boundary, starts_with_ci};

/// How long a source note that ends a paragraph may be, in bytes.
const SOURCE_NOTE: usize = 120;

/// Source cues and the blocks they attribute, with the actor the attribution
/// on the cue names: (block start, block end, by). A line that starts with a
/// source cue ("Source: DSWD") names the source of the paragraph or table
/// above it; a short note after the last sentence of a paragraph ("...
/// breeding sites. Source: Samoa MoH") the source of that paragraph.
pub(crate) fn source_lines<'a>(
    body: &str,
    attributions: &'a [(usize, String)],
) -> Vec<(usize, usize, &'a str)> {
    let mut out = Vec::new();
    for (at, by) in attributions {
        let rest = &body[*at..];
        if !crate::extract::cues::SOURCE_LINES
            .iter()
            .any(|c| starts_with_ci(rest, c))
        {
            continue;
        }
        // (the lead before the cue may hold only marks and spaces: a short
        // look back, not a scan to the last newline of a long line)
        let lo = floor_boundary(body, at.saturating_sub(64));
        let line_start = match body[lo..*at].rfind('\n') {
            Some(k) => Some(lo + k + 1),
            None => (lo == 0).then_some(0),
        };
        let lead_empty = |&l: &usize| {
            body[l..*at]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '*' | '_'))
                .is_empty()
        };
        match line_start.filter(lead_empty) {
            Some(l) => {
                let above = body[..l].trim_end_matches('\n');
                let para = above.rfind("\n\n").map_or(0, |k| k + 2);
                out.push((para, l, by.as_str()));
            }
            _ => {
                // a note that ends its paragraph, after a full stop
                let note_end = rest.find('\n').unwrap_or(rest.len());
                let closes = body[..*at].trim_end().ends_with(['.', ')']);
                if closes && note_end <= SOURCE_NOTE {
                    let para = body[..*at].rfind('\n').map_or(0, |k| k + 1);
                    out.push((para, *at, by.as_str()));
                }
            }
        }
    }
    out
}

/// How far below its lead-in a block may reach, in bytes.
const LEAD_IN_REACH: usize = 3000;

/// Sentences that attribute what follows them and end in a colon ("According
/// to a report issued by the DSWD ... the following had been recorded:",
/// "The Ministry of Health reported:"): the block under each is that
/// attribution's — the list whose items follow, or else the one paragraph:
/// (block start, block end, by).
pub(crate) fn lead_ins<'a>(
    body: &str,
    attributions: &'a [(usize, String)],
) -> Vec<(usize, usize, &'a str)> {
    let mut out = Vec::new();
    for (at, by) in attributions {
        // (a lead-in is one line: look no further than its reach)
        let reach = floor_boundary(body, (at + LEAD_IN_REACH).min(body.len()));
        let Some(line_end) = body[*at..reach].find('\n').map(|k| at + k) else {
            continue;
        };
        let line = body[*at..line_end]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        let Some(head) = line.strip_suffix(':') else {
            continue;
        };
        // (the colon ends the attribution's own sentence)
        if head.contains(". ") || head.contains('“') || head.contains('"') {
            continue;
        }
        let from = line_end;
        let limit = floor_boundary(body, (from + LEAD_IN_REACH).min(body.len()));
        let mut to = from;
        let mut listed = false;
        for l in body[from..limit].split_inclusive('\n') {
            let t = l.trim();
            if t.is_empty() {
                to += l.len();
                continue;
            }
            if is_list_item(t) {
                listed = true;
                to += l.len();
                continue;
            }
            if !listed {
                // the one paragraph after the lead-in
                let rest = &body[to..limit];
                to += rest.find("\n\n").unwrap_or(rest.len());
            }
            break;
        }
        if to > from {
            out.push((from, to, by.as_str()));
        }
    }
    out
}

/// Whether a trimmed line is an item of a list or a table row ("- 500
/// injured", "• 18,177 families", "1. Kasai", "| Borno | 12 |").
fn is_list_item(t: &str) -> bool {
    if ["- ", "* ", "• ", "· ", "– ", "|"]
        .iter()
        .any(|b| t.starts_with(b))
    {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

/// The words of a sentence before its verb leave the verb first: only
/// punctuation, quotes, bullets and a linking adverb ("Además,", "Asimismo").
pub(crate) fn opens_sentence(before: &str) -> bool {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (None, _) => true,
        (Some(w), None) => [
            "además",
            "también",
            "asimismo",
            "igualmente",
            "finalmente",
            "luego",
            "posteriormente",
        ]
        .iter()
        .any(|a| a.len() == w.len() && w.to_lowercase() == *a),
        _ => false,
    }
}

/// Where the agent of a passive reporting verb starts: after "been
/// reported ... by", "été notifié ... par", "sido confirmado ... por", within
/// the sentence and 80 bytes.
pub(crate) fn passive_agent(
    body: &str,
    cs: usize,
    ce: usize,
    sentence_end: usize,
) -> Option<usize> {
    let before = body[..cs].trim_end();
    let passive = [
        "been", "was", "were", "is", "are", "été", "sido", "fue", "fueron",
    ]
    .iter()
    .any(|w| {
        ends_with_ci(before, w)
            && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
    });
    if !passive {
        return None;
    }
    let hi = floor_boundary(body, (ce + 80).min(sentence_end));
    let rest = &body[ce..hi];
    let stop = rest.find(['.', ';']).unwrap_or(rest.len());
    let rest = &rest[..stop];
    [" by ", " par ", " por "]
        .iter()
        .filter_map(|p| rest.find(p).map(|k| ce + k + p.len()))
        .min()
}

/// Words between a subject and its reporting verb: nothing, auxiliaries
/// and adverbs ("Malaysia has also reported", "Haïti a", "Brasil ha").
pub(crate) fn subject_gap(gap: &str) -> bool {
    gap.len() <= 30
        && gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| GAP_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Words between a named actor and its reporting verb `verb`: auxiliaries
/// and adverbs, a bracketed or capitalised acronym ("X has", "X (ICRC) has
/// also", "X, Jane Doe,"); "is"/"are" before a progressive verb ("UNICEF
/// is appealing for").
///
/// The actor also speaks through its people ("SPLA-IO rebel commanders
/// accused", "ICRC officials said") and first among others it is
/// coordinated with ("UNFPA and all humanitarian actors called for").
/// `before` is the sentence before the actor: an actor after a preposition
/// is no subject of a coordination ("conducted by the Ministry and local
/// officers indicated").
pub(crate) fn actor_subject_gap(before: &str, gap: &str, verb: &str) -> bool {
    // "IRINN (Islamic Republic of Iran News Network) reported": what the
    // brackets spell out or add is no part of the gap
    if let Some(rest) = gap.strip_prefix(" (").or_else(|| gap.strip_prefix('(')) {
        if let Some(close) = rest
            .find(')')
            .filter(|&k| k <= 80 && !rest[..k].contains('('))
        {
            return actor_subject_gap(before, &rest[close + 1..], verb);
        }
    }
    let progressive = verb.split(' ').next().is_some_and(|w| w.ends_with("ing"));
    if gap.len() > 60 {
        return false;
    }
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let aux = |w: &str| {
        let lw = w.to_lowercase();
        GAP_WORDS.contains(&lw.as_str())
            || (progressive && (lw == "is" || lw == "are"))
            || w.chars().all(|c| c.is_uppercase())
    };
    // "X and all humanitarian actors": lowercase words after "and"
    if let ["and" | "et" | "y", rest @ ..] = words.as_slice() {
        // the coordinated noun phrase, then auxiliaries ("WHO and its
        // partners have condemned")
        let nouns = rest
            .iter()
            .take_while(|w| !aux(w) && !PLACE_PREPOSITIONS.contains(w))
            .take_while(|w| w.chars().all(char::is_lowercase))
            .count();
        let (phrase, after) = rest.split_at(nouns);
        // "Police and disaster officials in the Philippines say": the
        // place of the coordinated people
        let auxiliaries = &after[place_complement(after)..];
        return gap.starts_with(' ')
            && !gap.contains(',')
            && !after_preposition(before)
            && (1..=4).contains(&phrase.len())
            && phrase.iter().all(|w| !NOT_NOUNS.contains(w))
            && phrase.last().is_some_and(|w| w.ends_with('s'))
            && auxiliaries.iter().all(|w| aux(w));
    }
    // "X rebel commanders", "X officials have"
    let people = words
        .iter()
        .take_while(|w| SPEAKING_PEOPLE.contains(w))
        .count();
    // "UNICEF in Nigeria said", "ICRC officials in Syria said"
    let placed = people + place_complement(&words[people..]);
    (people == 0 || gap.starts_with(' ')) && words[placed..].iter().all(|w| aux(w))
}

const PLACE_PREPOSITIONS: &[&str] = &["in", "en", "au", "aux"];

/// How many of `words` make a place complement of the people before them:
/// a preposition of place, an article, then one to three capitalised words
/// ("in the Philippines", "en Haïti", "in South Sudan"); 0 when they do not.
fn place_complement(words: &[&str]) -> usize {
    let [prep, rest @ ..] = words else {
        return 0;
    };
    if !PLACE_PREPOSITIONS.contains(prep) {
        return 0;
    }
    let article = rest
        .first()
        .is_some_and(|w| ["the", "la", "le", "les", "el", "los", "las"].contains(w));
    let rest = &rest[usize::from(article)..];
    let names = rest
        .iter()
        .take(3)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if names == 0 {
        0
    } else {
        1 + usize::from(article) + names
    }
}

/// Whether the text before a name ends with a preposition, articles aside
/// ("conducted by the"): the name is no subject then.
pub(crate) fn after_preposition(before: &str) -> bool {
    before
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .find(|w| {
            !["the", "a", "an", "le", "la", "les", "l", "el", "los", "las"].contains(&w.as_str())
        })
        .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
}

/// Words before a name that make it no subject: prepositions of agent and
/// company only: "Directors of WFP, OCHA and IOM
/// urged" and "Expertos de la ONU y la CIDH condenaron" have subjects.
const PREPOSITIONS: &[&str] = &["by", "with", "from", "par", "avec", "por", "con"];

/// Verbs and auxiliaries that end a coordinated subject ("X and is being
/// informed").
const NOT_NOUNS: &[&str] = &[
    "is", "are", "was", "were", "be", "being", "been", "has", "have", "est", "sont", "es", "son",
];

/// The people of an organisation who speak for it, as they follow its name
/// ("ICRC officials", "SPLA-IO rebel commanders", "UNHCR staff").
const SPEAKING_PEOPLE: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "representative",
    "representatives",
    "commander",
    "commanders",
    "rebel",
    "leader",
    "leaders",
    "staff",
    "officers",
    "sources",
    "team",
    "teams",
    "experts",
    "personnel",
    "chief",
    "head",
    "director",
];

/// Whether the text of a person's appositive before an organisation's name
/// ends with a title of who heads it and only connecting words: "... en RDC et
/// Chef de la | MONUSCO", "Head of | OCHA", "jefa del | Departamento
/// Provincial", "President of the | General Assembly". The person speaks for
/// that organisation rather than for one named earlier in the title.
pub(crate) fn heads_next(gap: &str) -> bool {
    const LINKS: &[&str] = &[
        "of", "the", "for", "du", "de", "la", "le", "les", "des", "del", "l'", "d'",
    ];
    const HEADS: &[&str] = &[
        "head",
        "chief",
        "director",
        "director-general",
        "president",
        "chef",
        "cheffe",
        "directeur",
        "directrice",
        "président",
        "présidente",
        "jefe",
        "jefa",
        "directora",
        "presidente",
    ];
    if !gap.ends_with(char::is_whitespace) && !gap.ends_with(['\'', '\u{2019}']) {
        return false;
    }
    let gap = gap.to_lowercase().replace('\u{2019}', "'");
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    let mut links = 0;
    while words.last().is_some_and(|w| LINKS.contains(w)) && links < 3 {
        words.pop();
        links += 1;
    }
    links > 0 && words.last().is_some_and(|w| HEADS.contains(w))
}

/// Whether the text between a name and its reporting verb is an apposition
/// between two commas, with only auxiliaries and adverbs after it ("UNHCR |,
/// the UN Refugee Agency, | said", "the Institute of Public Health | (IPH),
/// Pristina, has | reported", "Le HCR |, l'Agence des Nations Unies pour les
/// réfugiés, | se félicite"): at most 16 words (a title with its office: "directora territorial de la Unidad para las Víctimas en el Valle del Cauca"), no other comma, no quote, no
/// sentence punctuation.
pub(crate) fn apposition_gap(gap: &str) -> bool {
    // an acronym in brackets may follow the name
    let gap = gap
        .strip_prefix(' ')
        .filter(|r| r.starts_with('('))
        .map_or(gap, past_brackets);
    let Some(inner) = gap.strip_prefix(", ") else {
        return false;
    };
    let Some(close) = inner.rfind(',') else {
        return false;
    };
    let (inner, tail) = (&inner[..close], &inner[close + 1..]);
    !inner.trim().is_empty()
        && inner.split_whitespace().count() <= 16
        && !inner.contains([
            ',', '.', ';', ':', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '(', ')',
        ])
        && subject_gap(tail)
}

/// The text after a bracketed part that opens `s` ("(IPH), Pristina" ->
/// ", Pristina"), or `s` itself when it opens with none or never closes it.
pub(crate) fn past_brackets(s: &str) -> &str {
    match s.strip_prefix('(') {
        Some(r) => r.find(')').map_or(s, |k| &r[k + 1..]),
        None => s,
    }
}

/// Whether a title at `start..end` belongs to another body than the one it
/// usually means: "Under-Secretary-General", "OAS Secretary General",
/// "Secretary-General of NATO", "Asamblea General de la OEA".
pub(crate) fn qualified_elsewhere(body: &str, start: usize, end: usize) -> bool {
    let before = &body[..start];
    // "Under-Secretary-General"; "Special Representative of the
    // Secretary-General" is the representative's title, not the SG
    if before.ends_with('-')
        || [
            " of the ",
            " for the ",
            " du ",
            " auprès du ",
            " del ",
            " de la ",
        ]
        .iter()
        .any(|c| ends_with_ci(before, c))
    {
        return true;
    }
    let prev_word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let capital_before = before.ends_with(' ')
        && prev_word.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            prev_word,
            "The" | "Le" | "La" | "El" | "L'" | "Les" | "Los" | "Las"
        );
    let rest = &body[end..];
    let of_other = [
        " of ", " de la ", " de l'", " de l’", " du ", " del ", " des ",
    ]
    .iter()
    .any(|c| starts_with_ci(rest, c))
        && ![
            "United Nations",
            "UN",
            "Nations Unies",
            "ONU",
            "Naciones Unidas",
        ]
        .iter()
        .any(|n| {
            let r = rest.trim_start_matches(|c: char| !c.is_uppercase());
            r.starts_with(n)
        });
    capital_before || of_other
}

/// Whether the words between a reporting verb and a name after it leave the
/// name its subject ("said | the | ICRC", "a indiqué | mercredi son Président
/// | X", "said | Mr. | X"): a few lower-case words, titles and roles, no
/// clause punctuation.
pub(crate) fn inverted_subject_gap(gap: &str) -> bool {
    if gap.len() > 48 || !gap.starts_with(' ') {
        return false;
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 5
        && words.iter().all(|w| {
            let title = (w.ends_with('.')
                && w.len() <= 4
                && w[..w.len() - 1].chars().all(char::is_alphabetic))
                || matches!(
                    *w,
                    "Dr" | "Mr" | "Mrs" | "Ms" | "Prof" | "M" | "Mme" | "Sr" | "Sra"
                );
            title
                || (w
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}')
                    && (w.chars().next().is_some_and(char::is_lowercase)
                        || ROLE_WORDS.contains(&w.to_lowercase().as_str())))
        })
}

/// Capitalised role words that may stand between a reporting verb and its
/// inverted subject.
const ROLE_WORDS: &[&str] = &[
    "president",
    "président",
    "presidente",
    "minister",
    "ministre",
    "ministro",
    "secretary",
    "general",
    "director",
    "directeur",
    "directora",
    "director-general",
    "governor",
    "gouverneur",
    "gobernador",
    "mayor",
    "maire",
    "alcalde",
    "spokesperson",
    "spokesman",
    "porte-parole",
    "portavoz",
    "representative",
    "représentant",
    "representante",
    "the",
    "le",
    "la",
    "el",
];

/// "authorities of [the] [self-proclaimed] [republic of] <LOC>": the byte
/// offset where the head noun starts.
pub(crate) fn authority_head(body: &str, loc_start: usize) -> Option<usize> {
    let mut ws = loc_start.saturating_sub(120);
    while !body.is_char_boundary(ws) {
        ws += 1;
    }
    let window = body[ws..loc_start].to_ascii_lowercase();
    let mut w: &str = &window;
    loop {
        let before = w.len();
        for suf in [
            "republic of ",
            "people's republic of ",
            "people\u{2019}s republic of ",
            "the ",
            "self-proclaimed ",
            "so-called ",
            "de facto ",
            "unrecognized ",
            "unrecognised ",
            "breakaway ",
            "separatist ",
            "autonomous ",
            "region of ",
        ] {
            if let Some(x) = w.strip_suffix(suf) {
                w = x;
            }
        }
        if w.len() == before {
            break;
        }
    }
    let w = w.strip_suffix(" of ")?;
    for head in [
        "authorities",
        "government",
        "president",
        "presidency",
        "parliament",
        "leadership",
        "officials",
        "ombudsman",
        "human rights defender",
        "foreign ministry",
        "prime minister",
    ] {
        if w.ends_with(head)
            && !w[..w.len() - head.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            return Some(ws + w.len() - head.len());
        }
    }
    if let Some(p) = w.rfind("ministry of ") {
        let tail = &w[p + "ministry of ".len()..];
        if tail.split(' ').count() <= 4 && tail.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        {
            return Some(ws + p);
        }
    }
    None
}

/// "<LOC> [de facto] authorities": the end of the mention.
pub(crate) fn authority_tail(body: &str, loc_end: usize) -> Option<usize> {
    let rest = &body[loc_end..];
    for suf in [
        " de facto authorities",
        " authorities",
        " de facto government",
    ] {
        if starts_with_ci(rest, suf)
            && !rest[suf.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            return Some(loc_end + suf.len());
        }
    }
    None
}

/// Words allowed between a reporting verb and its subject.
pub(crate) const GAP_WORDS: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "previously",
    "further",
    "then",
    "later",
    "again",
    "already",
    "recently",
    "today",
    "yesterday",
    "repeatedly",
    "officially",
    "publicly",
    "formally",
    "strongly",
    "reportedly",
    "once",
    "ont",
    "a",
    "ha",
    "han",
    "ya",
    "también",
    "aussi",
    "déjà",
    "has also",
    "would",
    "will",
    "this",
    "week",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `before` ends with a definite article, optionally with one
/// word after it ("the", "the Regional", "el", "la", "le", "l'"), the
/// opening of a role that stands for a person named before ("the minister
/// said").
pub(crate) fn definite_before(before: &str) -> bool {
    let mut words = before.trim_end().rsplit(char::is_whitespace);
    let last = words.next().unwrap_or("").to_lowercase();
    let article = |w: &str| matches!(w, "the" | "el" | "la" | "le");
    // "l’", "l’actuel"
    if article(&last) || last.starts_with("l'") || last.starts_with("l\u{2019}") {
        return true;
    }
    // one word after the article: "the regional", "the Humanitarian", "el nuevo"
    !last.is_empty()
        && last.chars().all(char::is_alphabetic)
        && words.next().is_some_and(|w| article(&w.to_lowercase()))
}

/// Roles any official may be called by ("the official said", "la
/// funcionaria explicó"): they stand for the last person named.
const GENERIC_ROLES: &[&str] = &[
    "official",
    "officer",
    "funcionario",
    "funcionaria",
    "responsable",
    "fonctionnaire",
];

/// How far from a person's name their title may stand ("Regional Director
/// for Africa, Dr Luis Sambo", "el ministro de Defensa, Luis Carlos
/// Villegas"), in bytes either side.
const TITLE_REACH: usize = 80;

/// The speaker a definite role stands for ("the minister said"): among the
/// persons named before it (start, speaker facet; in text order), the last
/// one named with that role word beside the name (and not past another
/// name), or the last of all when
/// the role is generic ("the official"). Meeting summaries name many
/// speakers by role ("the representative of Japan"): a role no named person
/// holds stands for nobody.
pub(crate) fn titled_person<'a>(
    body: &str,
    persons: &'a [(usize, String)],
    role: &str,
) -> Option<&'a str> {
    let role = role.to_lowercase();
    if GENERIC_ROLES.contains(&role.as_str()) {
        return persons.last().map(|p| p.1.as_str());
    }
    // (a title between two names is looked for up to the other name only)
    (0..persons.len())
        .rev()
        .take(5)
        .find(|&i| {
            let start = persons[i].0;
            let lo = i.checked_sub(1).map_or(0, |k| persons[k].0);
            let hi = persons.get(i + 1).map_or(body.len(), |p| p.0);
            let a = floor_boundary(body, start.saturating_sub(TITLE_REACH).max(lo));
            let b = floor_boundary(body, (start + TITLE_REACH).min(hi));
            has_whole_word(&body[a..b].to_lowercase(), &role)
        })
        .map(|i| persons[i].1.as_str())
}

pub(crate) const PRONOUNS: &[&str] = &["he", "she", "il", "elle", "él", "ella"];

pub(crate) const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "previously",
    "further",
    "then",
    "later",
    "again",
    "a",
    "ont",
    "ha",
    "había",
    "también",
    "is",
    "was",
    "not",
    "already",
    "recently",
    "once",
];

/// The words between a country and a reporting verb that make the
/// country's government the speaker: "Lebanon's representative", "Chile's
/// Foreign Minister" (a possessive and at most four words, one a role).
pub(crate) fn country_role_gap(gap: &str) -> bool {
    const ROLES: &[&str] = &[
        "representative",
        "delegate",
        "ambassador",
        "minister",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "president",
        "government",
        // its bodies: "the Philippines' weather agency says", "Chile's
        // health ministry reported"
        "agency",
        "ministry",
        "authorities",
        "officials",
        "department",
        "office",
        "service",
        "institute",
        "bureau",
    ];
    let gap = gap.to_lowercase();
    let Some(rest) = gap
        .strip_prefix("'s ")
        .or_else(|| gap.strip_prefix("\u{2019}s "))
        // "the Philippines' weather agency"
        .or_else(|| gap.strip_prefix("' "))
        .or_else(|| gap.strip_prefix("\u{2019} "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 4 && words.iter().any(|w| ROLES.contains(&w.trim_matches(',')))
}

/// "Pour Médecins du Monde, des efforts ... doivent être faits", "Para Juan
/// Zuluaga, coordinador ...": a French or Spanish sentence that opens with
/// "Pour"/"Para" and an actor followed by a comma is in that actor's words.
/// Returns the offset in `sentence` where that actor must start.
pub(crate) fn for_opener(sentence: &str) -> Option<usize> {
    let t = sentence.trim_start();
    let rest = t
        .strip_prefix("Pour ")
        .or_else(|| t.strip_prefix("Para "))?;
    let article = [
        "le ",
        "la ",
        "les ",
        "l'",
        "l\u{2019}",
        "el ",
        "los ",
        "las ",
    ]
    .iter()
    .find(|a| rest.starts_with(*a))
    .map_or(0, |a| a.len());
    Some(sentence.len() - rest.len() + article)
}

#[cfg(test)]
mod tests {
    use super::{actor_subject_gap, apposition_gap, heads_next};

    #[test]
    fn people_of_an_actor_in_a_place_speak_for_it() {
        for gap in [
            " and disaster officials in the Philippines ",
            " officials in South Sudan have ",
            " and its partners have ",
            " officials ",
            " in the Philippines ",
            " (Islamic Republic of Iran News Network) ",
            " (IOM) has ",
        ] {
            assert!(actor_subject_gap("", gap, "say"), "{gap:?}");
        }
        for gap in [
            " and disaster officials in the ",
            " officials in ",
            " and officials of the Philippines ",
            " visited the camps in Borno and ",
            " (with partners) and the army ",
        ] {
            assert!(!actor_subject_gap("", gap, "say"), "{gap:?}");
        }
    }

    #[test]
    fn a_head_of_title_points_to_the_organisation_after_it() {
        for gap in [
            "Représentant Spécial du Secrétaire Général des Nations Unies en RDC et Chef de la ",
            "Head of ",
            "jefa del ",
            "President of the ",
            "directrice de l’",
        ] {
            assert!(heads_next(gap), "{gap:?}");
        }
        for gap in [
            "Director of Communications at ",
            "spokesperson for ",
            "Head",
            "head ",
            "Représentant Spécial du ",
        ] {
            assert!(!heads_next(gap), "{gap:?}");
        }
    }

    #[test]
    fn appositions_between_commas() {
        for gap in [
            ", the UN Refugee Agency, ",
            " (IPH), Pristina, has ",
            ", l’Agence des Nations Unies pour les réfugiés, ",
            ", directora territorial de la Unidad para las Víctimas en el Valle del Cauca, ",
        ] {
            assert!(apposition_gap(gap), "{gap:?}");
        }
        for gap in [
            ", ",
            " said ",
            ", and partners ",
            ", UNICEF, and partners ",
            ", on Monday. WFP, ",
            ", “we are ready”, ",
        ] {
            assert!(!apposition_gap(gap), "{gap:?}");
        }
    }
}
