//! Stage 3, extract: organisations the vocabularies do not know, from the
//! way reports introduce them — a capitalized name followed by its acronym
//! in parentheses ("United Methodist Committee on Relief (UMCOR)",
//! "Instituto Nacional de Defensa Civil (Indeci)") — or from a capitalized
//! name built on an organisation's head word ("Nyein Foundation", "Iranian
//! Seismological Center", "Alcaldía de Villavicencio"). The name's head
//! words decide the kind: a state body, a local government, a humanitarian
//! organisation, or other.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::tokens::{floor_boundary, starts_with_ci};

/// What kind of organisation a defined name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrgKind {
    /// A ministry, national institute or agency: the government of a country.
    State,
    /// A city hall, a department's or province's government: its own actor
    /// ("Alcaldía de Villavicencio", "Gobernación del Meta").
    Local,
    Humanitarian,
    Other,
}

/// One "Name (ACR)" definition, or a name alone, as byte ranges into the body.
#[derive(Debug, Clone)]
pub(crate) struct OrgDef {
    pub name: (usize, usize),
    pub acronym: Option<(usize, usize)>,
    pub kind: OrgKind,
}

/// Lowercase words that may sit inside an organisation's name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "in", "de", "des", "du", "la", "le", "les", "et", "pour",
    "del", "los", "las", "el", "y", "para", "en", "d'", "l'", "d’", "l’",
];

/// Words that make a name a state body (checked first).
const STATE_HEADS: &[&str] = &[
    "institute of public health",
    "public health institute",
    "instituto de salud pública",
    "institut de santé publique",
    "institut national de santé publique",
    "centre for disease control",
    "center for disease control",
    "centers for disease control",
    "ministry",
    "ministère",
    "ministerio",
    "department",
    "departamento",
    "directorate",
    "direction",
    "dirección",
    "secretaría",
    "secretariat",
    "instituto nacional",
    "national institute",
    "servicio nacional",
    "coordinadora nacional",
    "comisión nacional",
    "national commission",
    "national disaster",
    "civil protection",
    "protection civile",
    "protección civil",
    "defensa civil",
    "défense civile",
    "unidad para",
    "agencia para",
    "agencia nacional",
    "agence nationale",
    "national agency",
    "emergency operations",
    "operaciones de emergencia",
    "steering committee",
    "hydrometeorological",
    "meteorological",
    "meteorológico",
    "sismología",
    "public works",
    "obras públicas",
];

/// Head words that open the name of a state's body.
const STATE_OPENERS: &[&str] = &[
    "ministry",
    "ministère",
    "ministerio",
    "department",
    "departamento",
    "directorate",
];

/// Words that make a name a humanitarian organisation.
const HUMANITARIAN_HEADS: &[&str] = &[
    // coordination bodies of the response ("Groupe de Travail Protection
    // (GTP)", "Equipo Local de Coordinación (ELC)")
    "working group",
    "groupe de travail",
    "grupo de trabajo",
    "coordination",
    "coordinación",
    "relief",
    "aid",
    "humanitarian",
    "humanitaire",
    "humanitaria",
    "foundation",
    "fondation",
    "fundación",
    "committee",
    "comité",
    "alliance",
    "association",
    "asociación",
    "society",
    "société",
    "mission",
    "fund",
    "fonds",
    "fondo",
    "programme",
    "program",
    "programa",
    "action",
    "acción",
    "médecins",
    "medical",
    "santé",
    "salud",
    "refugee",
    "réfugiés",
    "refugiados",
    "rescue",
    "children",
    "enfants",
    "niños",
    "care",
    "service",
    "services",
    "network",
    "organization",
    "organisation",
    "organización",
    "council",
    "conseil",
    "consejo",
    "federation",
    "fédération",
    "federación",
    "partnership",
    "initiative",
    "mechanism",
    "mécanisme",
    "mecanismo",
    "office",
    "bureau",
    "oficina",
];

/// Words that make a name some other organisation (research, media, firms).
const OTHER_HEADS: &[&str] = &[
    "institute",
    "institut",
    "instituto",
    "university",
    "université",
    "universidad",
    "centre",
    "center",
    "centro",
    "school",
    "école",
    "company",
    "corporation",
    "corporación",
    "airlines",
    "news",
    "bank",
    "banco",
    "banque",
    "press",
    "agency",
    "agence",
    "agencia",
    // Colombia's control bodies ("Defensoría del Pueblo", "Procuraduría
    // General de la Nación") and registry
    "defensoría",
    "registraduría",
    "personería",
    "procuraduría",
    "contraloría",
    "fiscalía",
];

/// Whether a capitalised word names a body other than a state's executive
/// ("Kenya Medical Association President", "Nigeria Labour Party
/// chairman"): the head words of organisations, and of parties, unions,
/// leagues and the Red Cross.
pub(crate) fn names_a_body(word: &str) -> bool {
    const MORE: &[&str] = &[
        "party", "union", "league", "movement", "front", "club", "chamber", "red", "cross",
        "crescent",
    ];
    let w = word.to_lowercase();
    let w = w.as_str();
    HUMANITARIAN_HEADS.contains(&w)
        || OTHER_HEADS.contains(&w)
        || MORE.contains(&w)
        || (FINAL_HEADS.contains(&w) && !matches!(w, "ministry" | "department" | "directorate"))
}

/// Where the head word starts in a name that is an article and an
/// organisation's head word ("El Centro", "La Fundación").
pub(crate) fn article_then_head(name: &str) -> Option<usize> {
    let (article, word) = name.split_once(' ')?;
    (super::gazetteer::starts_with_article(name) && !word.contains(' ') && names_a_body(word))
        .then(|| article.len() + 1)
}

/// Words that make a defined name a document, plan or notion, not an
/// organisation ("Global Humanitarian Overview (GHO)", "International Health
/// Regulations (IHR)", "Blanket Supplementary Feeding Programme (BSFP)").
const NOT_ORGS: &[&str] = &[
    "overview",
    "regulations",
    "regulation",
    "plan",
    "strategy",
    "framework",
    "concern",
    "index",
    "survey",
    "assessment",
    "report",
    "appeal",
    "programme",
    "program",
    "programa",
    "project",
    "projet",
    "proyecto",
    "agreement",
    "accord",
    "acuerdo",
    "system",
    "système",
    "sistema",
    "emergency of",
    "feeding",
    "treatment",
    "unit",
];

/// Capitalized words that start sentences, not names ("Según el Instituto").
const LEADING: &[&str] = &[
    "según",
    "according",
    "the",
    "le",
    "la",
    "les",
    "el",
    "los",
    "las",
    "in",
    "en",
    "par",
    "por",
    "with",
    "by",
    "from",
    "selon",
    "dans",
    "avec",
    "con",
    "a",
    "an",
    "un",
    "une",
    "una",
    "at",
    "au",
    "aux",
    "of",
    "de",
    "del",
    "du",
    "des",
    "and",
    "et",
    "y",
    "for",
    "pour",
    "para",
];

/// Finds "Name (ACR)" definitions in `body`.
pub(crate) fn definitions(body: &str) -> Vec<OrgDef> {
    let mut out = Vec::new();
    let bytes = body.as_bytes();
    for open in memchr::memchr_iter(b'(', bytes) {
        let Some(close) = body[open + 1..].find(')').map(|k| open + 1 + k) else {
            continue;
        };
        let acr = &body[open + 1..close];
        if open < 2 || bytes[open - 1] != b' ' {
            continue;
        }
        if !is_acronym(acr) {
            // the other order: "IRINN (Islamic Republic of Iran News
            // Network)", "ONEMI (Oficina Nacional de Emergencia)"
            if let Some(d) = spelled_out_after(body, open, close) {
                out.push(d);
            }
            continue;
        }
        let Some(mut name_start) = name_before(body, open - 1) else {
            continue;
        };
        // drop leading sentence words ("Según el", "According to the")
        while let Some(sp) = body[name_start..open - 1].find(' ') {
            let w = body[name_start..name_start + sp].to_lowercase();
            if !LEADING.contains(&w.as_str()) {
                break;
            }
            name_start += sp + 1;
        }
        if !body[name_start..open - 1].contains(' ')
            || !body[name_start..].starts_with(char::is_uppercase)
        {
            continue;
        }
        let name = &body[name_start..open - 1];
        if !initials_fit(name, acr) {
            continue;
        }
        // "Internally Displaced Persons (IDPs)", "(AWD)": no head word
        let Some(kind) = kind_of(name) else {
            continue;
        };
        out.push(OrgDef {
            name: (name_start, open - 1),
            acronym: Some((open + 1, close)),
            kind,
        });
    }
    out
}

/// "ACR (Its Name)": the acronym right before the brackets at `open`..`close`
/// and the capitalised name inside them, when the name's initials fit the
/// acronym and a head word says what it is.
fn spelled_out_after(body: &str, open: usize, close: usize) -> Option<OrgDef> {
    let name = &body[open + 1..close];
    let acr_start = body[..open - 1]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '«'))
        .map_or(0, |k| {
            k + body[k..].chars().next().map_or(1, char::len_utf8)
        });
    let acr = &body[acr_start..open - 1];
    let ok = two_capital_acronym(acr)
        && name.contains(' ')
        && name.len() <= 120
        && name.starts_with(char::is_uppercase)
        && name
            .split(' ')
            .filter(|w| w.chars().count() >= 4 && !CONNECTORS.contains(&w.to_lowercase().as_str()))
            .all(first_upper)
        && initials_fit(name, acr);
    if !ok {
        return None;
    }
    Some(OrgDef {
        name: (open + 1, close),
        acronym: Some((acr_start, open - 1)),
        kind: kind_of(name)?,
    })
}

/// Nouns that say what an organisation is, in an apposition after its name
/// ("World Weather Attribution, a coalition of scientists"); humanitarian
/// ones first.
const DESCRIBED_AID: &[&str] = &["ngo", "charity", "ong"];
const DESCRIBED_OTHER: &[&str] = &[
    "coalition",
    "organisation",
    "organization",
    "network",
    "consortium",
    "alliance",
    "association",
    "foundation",
    "federation",
    "non-profit",
    "nonprofit",
    "initiative",
    "réseau",
    "fondation",
    "collectif",
    "organización",
    "asociación",
    "coalición",
    "fundación",
    "colectivo",
];

/// Whether the office named at `start..end` ("Secretary General of the
/// United Nations", "Humanitarian Coordinator") is only its deputy's or
/// assistant's title here ("Assistant Secretary General of the United
/// Nations", "Deputy Humanitarian Coordinator", "Secrétaire général
/// adjoint"): that person does not speak for the office.
pub(crate) fn lesser_office(body: &str, start: usize, end: usize) -> bool {
    const OFFICES: &[&str] = &[
        "Secretary",
        "Secrétaire",
        "Secretario",
        "Secretaria",
        "Humanitarian Coordinator",
        "Coordonnat",
        "Coordinador",
        "Coordinadora",
        "High Commissioner",
        "Haut-Commissaire",
        "Haut Commissaire",
        "Alto Comisionado",
        "Special Representative",
        "Représentant",
        "Représentante",
        "Representante",
    ];
    const BEFORE: &[&str] = &[
        "assistant ",
        "deputy ",
        "under-",
        "under ",
        "vice-",
        "vice ",
        "associate ",
        "sous-",
        "vice",
    ];
    const AFTER: &[&str] = &[" adjoint", " adjunto", " adjunta"];
    let name = &body[start..end];
    if !OFFICES.iter().any(|o| name.starts_with(o)) {
        return false;
    }
    let before = body[floor_boundary(body, start.saturating_sub(12))..start].to_lowercase();
    let after = &body[end..floor_boundary(body, (end + 10).min(body.len()))];
    BEFORE.iter().any(|b| before.ends_with(b)) || AFTER.iter().any(|a| starts_with_ci(after, a))
}

/// A ministry named by its domain in lower case, as French and Spanish
/// write them ("Ministère de l’éducation", "Ministère de l'agriculture et de
/// l'élevage", "Ministerio de salud"): a state body whose country the words
/// after it or the report give. `heads` are where capitalised head words
/// start. The name runs over the domain word, and one more joined to it by
/// "et"/"y"/"and"; a capitalised domain is left to [`names`].
pub(crate) fn ministries(body: &str, heads: &[usize]) -> Vec<OrgDef> {
    const MINISTRIES: &[&str] = &["Ministère ", "Ministerio ", "Ministry "];
    const OPENERS: &[&str] = &[
        "de la ", "de l'", "de l’", "des ", "du ", "de ", "del ", "of the ", "of ",
    ];
    const JOINS: &[&str] = &[
        " et de la ",
        " et de l'",
        " et de l’",
        " et des ",
        " et du ",
        " y de la ",
        " y ",
        " and ",
    ];
    // one lower-case domain word at `at`: where it ends
    let domain = |at: usize| -> Option<usize> {
        let rest = &body[at..];
        let len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        (word.chars().count() >= 4 && word.chars().all(char::is_lowercase)).then_some(at + len)
    };
    let mut out = Vec::new();
    for &h in heads {
        let Some(head) = MINISTRIES.iter().find(|m| body[h..].starts_with(**m)) else {
            continue;
        };
        let at = h + head.len();
        let Some(open) = OPENERS.iter().find(|o| body[at..].starts_with(**o)) else {
            continue;
        };
        let Some(mut end) = domain(at + open.len()) else {
            continue;
        };
        if let Some(j) = JOINS.iter().find(|j| body[end..].starts_with(**j)) {
            if let Some(e) = domain(end + j.len()) {
                end = e;
            }
        }
        out.push(OrgDef {
            name: (h, end),
            acronym: None,
            kind: OrgKind::State,
        });
    }
    out
}

/// Organisations the text describes as such in an apposition after their
/// name: "World Weather Attribution, a coalition of scientists", "Nile Hope,
/// a local NGO", "Child Focus, une ONG belge". The noun heads the
/// apposition (not "a network coordinator"); an armed group is left to the
/// vocabularies.
pub(crate) fn described(body: &str) -> Vec<OrgDef> {
    const ARTICLES: &[&str] = &["a ", "an ", "une ", "un ", "una "];
    const ENDS: &[&str] = &[
        "of", "that", "which", "working", "based", "in", "from", "with", "for", "de", "qui", "que",
        "en", "dans", "pour", "basée", "basada",
    ];
    let mut out = Vec::new();
    for k in memchr::memmem::find_iter(body.as_bytes(), b", ") {
        let rest = &body[k + 2..];
        let Some(after) = ARTICLES.iter().find_map(|a| rest.strip_prefix(a)) else {
            continue;
        };
        let words: Vec<&str> = after.splitn(5, ' ').take(4).collect();
        let mut kind = None;
        for (i, w) in words.iter().enumerate() {
            let clean = w.trim_end_matches([',', '.', ';', ':', ')']);
            let lower = clean.to_lowercase();
            if matches!(
                lower.as_str(),
                "armed" | "rebel" | "armé" | "armado" | "terrorist"
            ) {
                break;
            }
            let aid = DESCRIBED_AID.contains(&lower.as_str());
            if !aid && !DESCRIBED_OTHER.contains(&lower.as_str()) {
                continue;
            }
            // the noun ends the apposition's head
            let heads = clean.len() < w.len()
                || words.get(i + 1).is_none_or(|n| {
                    ENDS.contains(&n.trim_end_matches([',', '.']))
                        || n.starts_with(|c: char| c.is_lowercase())
                            && (lower == "ong" || lower == "ngo")
                });
            // "a local organization", "une association humanitaire"
            let aid = aid
                || words.iter().any(|w| {
                    matches!(
                        w.trim_end_matches([',', '.']).to_lowercase().as_str(),
                        "local"
                            | "non-governmental"
                            | "nongovernmental"
                            | "national"
                            | "international"
                            | "humanitarian"
                            | "community-based"
                            | "grassroots"
                            | "locale"
                            | "nationale"
                            | "internationale"
                            | "humanitaire"
                            | "nacional"
                            | "internacional"
                            | "humanitaria"
                    )
                });
            if heads {
                kind = Some(if aid {
                    OrgKind::Humanitarian
                } else {
                    OrgKind::Other
                });
            }
            break;
        }
        let Some(kind) = kind else { continue };
        let Some(mut start) = name_before(body, k) else {
            continue;
        };
        // (a name on the line of the apposition only)
        if let Some(nl) = body[start..k].rfind('\n') {
            start += nl + 1;
        }
        let name = &body[start..k];
        if !name.contains(' ') || name.ends_with(['\'', '\u{2019}']) {
            continue;
        }
        // a title-case name of its own: not a sentence's opening words
        if !name
            .split(' ')
            .all(|w| first_upper(w) || CONNECTORS.contains(&w.to_lowercase().as_str()))
            || !first_upper(name)
        {
            continue;
        }
        out.push(OrgDef {
            name: (start, k),
            acronym: None,
            kind,
        });
    }
    out
}

/// The head-word lists `has_word` indexes.
#[derive(Debug, Clone, Copy)]
enum Heads {
    NotOrgs,
    Local,
    State,
    Humanitarian,
    Other,
    Name,
}

impl Heads {
    const ALL: [Heads; 6] = [
        Heads::NotOrgs,
        Heads::Local,
        Heads::State,
        Heads::Humanitarian,
        Heads::Other,
        Heads::Name,
    ];

    fn list(self) -> &'static [&'static str] {
        match self {
            Heads::NotOrgs => NOT_ORGS,
            Heads::Local => LOCAL_HEADS,
            Heads::State => STATE_HEADS,
            Heads::Humanitarian => HUMANITARIAN_HEADS,
            Heads::Other => OTHER_HEADS,
            Heads::Name => NAME_HEADS,
        }
    }
}

/// Whole words of the `heads` list in `lower` (a plural 's' allowed).
fn has_word(lower: &str, heads: Heads) -> bool {
    let index = head_index();
    let k = heads as usize;
    let bit = 1u8 << k;
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|&w| {
        let plural = w.strip_suffix('s').unwrap_or("");
        index
            .words
            .get(w)
            .or_else(|| index.words.get(plural))
            .is_some_and(|m| m & bit != 0)
    }) {
        return true;
    }
    // a phrase only where its first word is
    index.phrases[k]
        .iter()
        .any(|&(first, h)| words.contains(&first) && contains_word(lower, h))
}

/// Whole words of a short list in `lower`, scanned ('s' plural allowed).
fn has_word_scan(lower: &str, heads: &[&str]) -> bool {
    heads.iter().any(|h| contains_word(lower, h))
}

fn contains_word(lower: &str, h: &str) -> bool {
    lower.match_indices(h).any(|(i, _)| {
        let rest = lower[i + h.len()..]
            .strip_prefix('s')
            .unwrap_or(&lower[i + h.len()..]);
        (i == 0 || !lower[..i].ends_with(char::is_alphanumeric))
            && !rest.starts_with(char::is_alphanumeric)
    })
}

/// The head lists, indexed once: one-word heads in a map (word -> a bit
/// per list, `Heads as usize`), phrases kept per list with their first
/// word.
struct HeadIndex {
    words: HashMap<&'static str, u8>,
    phrases: Vec<Vec<(&'static str, &'static str)>>,
}

fn head_index() -> &'static HeadIndex {
    static INDEX: std::sync::OnceLock<HeadIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words = HashMap::default();
        let mut phrases = vec![Vec::new(); Heads::ALL.len()];
        for heads in Heads::ALL {
            let k = heads as usize;
            for &h in heads.list() {
                if h.chars().all(char::is_alphanumeric) {
                    *words.entry(h).or_insert(0u8) |= 1 << k;
                } else {
                    let first = h.split([' ', '-', '\'']).next().unwrap_or(h);
                    phrases[k].push((first, h));
                }
            }
        }
        HeadIndex { words, phrases }
    })
}

/// The kind of organisation a name's head words make it; None for a
/// document, plan or notion, or a name with no head word.
fn kind_of(name: &str) -> Option<OrgKind> {
    let lower = name.to_lowercase();
    if has_word(&lower, Heads::NotOrgs) {
        None
    } else if lower.contains("secretaría de gobernación") {
        // Mexico's interior ministry, not a local government
        Some(OrgKind::State)
    } else if has_word(&lower, Heads::Local) {
        Some(OrgKind::Local)
    } else if has_word(&lower, Heads::State) {
        Some(OrgKind::State)
    } else if MEDIA.iter().any(|m| contains_word(&lower, m)) {
        // "Islamic Republic of Iran News Network": the press, whatever
        // else its name holds
        Some(OrgKind::Other)
    } else if has_word(&lower, Heads::Humanitarian) {
        Some(OrgKind::Humanitarian)
    } else if has_word(&lower, Heads::Other) {
        Some(OrgKind::Other)
    } else {
        None
    }
}

/// Words that make a name a news organisation's.
const MEDIA: &[&str] = &[
    "news",
    "press",
    "radio",
    "television",
    "broadcasting",
    "noticias",
    "prensa",
    "presse",
];

/// Words that make a name a local government.
const LOCAL_HEADS: &[&str] = &[
    "alcaldía",
    "gobernación",
    "municipalidad",
    "intendencia",
    "mairie",
    "préfecture",
    "city council",
    "county government",
    "municipal council",
    "conseil municipal",
];

/// Heads of names that stand for an organisation with no acronym: the
/// kind words above and a few more that need a name around them.
const NAME_HEADS: &[&str] = &[
    "group",
    "groupe",
    "grupo",
    "consortium",
    "coalition",
    "union",
    "trust",
    "corps",
    "court",
    "cour",
    "tribunal",
    "commission",
    "comisión",
    "league",
    "forum",
    "board",
    "authority",
    "red cross",
    "red crescent",
    "croix-rouge",
    "cruz roja",
];

/// Name heads that make a body other than a humanitarian one ("Supreme
/// Court", "Electoral Commission").
const BODY_HEADS: &[&str] = &[
    "court",
    "cour",
    "tribunal",
    "board",
    "league",
    "commission",
    "comisión",
    "authority",
];

/// A role, not an organisation ("Emergency Relief Coordinator").
const ROLE_ENDS: &[&str] = &[
    "coordinator",
    "director",
    "representative",
    "envoy",
    "secretary",
    "minister",
    "commissioner",
    "officer",
    "chief",
    "head",
    "president",
    "spokesperson",
    "rapporteur",
    "chair",
    "chairman",
    "coordinador",
    "coordonnateur",
    "directeur",
    "director general",
    "expert",
    "experts",
    "member",
    "members",
    "staff",
    "worker",
    "workers",
    "volunteers",
];

/// Organisations named without an acronym: runs of capitalized words (with
/// lowercase connectors inside) that hold an organisation's head word and do
/// not end on a role ("Nyein Foundation", "Women Development Group",
/// "Iranian Seismological Center", "Fundación Alberto Merani", "Department
/// of Immigration"). Lines in title case (headings) are left alone: every
/// word is capitalised there.
pub(crate) fn names(body: &str, heads: &[usize]) -> Vec<OrgDef> {
    let mut out = Vec::new();
    if heads.is_empty() {
        return out;
    }
    // each head word's stretch of its line: twelve words either side (a
    // name has at most seven; a longer run keeps the name that a head opens
    // inside it);
    // stretches that meet are one
    let mut stretches: Vec<(usize, usize, usize)> = Vec::new(); // (line start, from, to)
    let mut title_line: Option<(usize, bool)> = None;
    for &h in heads {
        let line_start = body[..h].rfind('\n').map_or(0, |k| k + 1);
        let line_end = body[h..].find('\n').map_or(body.len(), |k| h + k);
        let heading = match title_line {
            Some((ls, t)) if ls == line_start => t,
            _ => {
                let t = title_case(&body[line_start..line_end]);
                title_line = Some((line_start, t));
                t
            }
        };
        if heading {
            continue;
        }
        let mut from = h;
        for _ in 0..12 {
            match body[line_start..from].trim_end_matches(' ').rfind(' ') {
                Some(k) => from = line_start + k + 1,
                None => {
                    from = line_start;
                    break;
                }
            }
        }
        let mut to = h;
        for _ in 0..13 {
            match body[to..line_end].find(' ') {
                Some(k) => to += k + 1,
                None => {
                    to = line_end;
                    break;
                }
            }
        }
        match stretches.last_mut() {
            Some(last) if last.0 == line_start && from <= last.2 => last.2 = to.max(last.2),
            _ => stretches.push((line_start, from, to)),
        }
    }
    for (_, from, to) in stretches {
        let seg = body[from..to].trim_end_matches(' ');
        scan(seg, from, &mut out);
    }
    out
}

/// The names in one stretch of a line (`line` starts at byte `base`).
fn scan(line: &str, base: usize, out: &mut Vec<OrgDef>) {
    let mut words: Vec<(usize, usize)> = Vec::new(); // the run's words
    let mut pos = 0;
    for w in line.split(' ') {
        let a = pos;
        pos += w.len() + 1;
        let core = w.trim_end_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '.' | ')' | '"' | '”' | '’' | '!' | '?')
        });
        let inner = core.trim_start_matches(['(', '"', '“', '‘']);
        let lead = core.len() - inner.len();
        let span = (a + lead, a + core.len());
        let ok = !inner.is_empty()
            && (inner == "&"
                || first_upper(inner)
                    && (inner.chars().any(char::is_lowercase) || inner.chars().count() <= 4)
                // (connectors are written in lower case)
                || (inner.len() <= 4 && CONNECTORS.contains(&inner)));
        if lead > 0 || !ok {
            run(line, base, &mut words, out);
        }
        if ok {
            words.push(span);
        }
        if core.len() != w.len() || words.len() > 16 {
            run(line, base, &mut words, out);
        }
    }
    run(line, base, &mut words, out);
}

/// Ends a run of name words: trims it, splits it at a conjunction between
/// two headed names ("la Gobernación del Meta y la Alcaldía de
/// Villavicencio"), and keeps what names an organisation.
fn run(line: &str, base: usize, words: &mut Vec<(usize, usize)>, out: &mut Vec<OrgDef>) {
    // a name needs two capitalised words (most runs are a connector alone)
    if words
        .iter()
        .filter(|&&(a, b)| first_upper(&line[a..b]))
        .count()
        < 2
    {
        words.clear();
        return;
    }
    let text = |ws: &[(usize, usize)]| {
        ws.first()
            .map(|f| line[f.0..ws[ws.len() - 1].1].to_string())
            .unwrap_or_default()
    };
    let split = words
        .iter()
        .position(|&(a, b)| matches!(&line[a..b], "and" | "y" | "et"))
        .filter(|&k| headed(&text(&words[..k])) && headed(&text(&words[k + 1..])));
    match split {
        Some(k) => {
            one_name(line, base, &words[..k], out);
            one_name(line, base, &words[k + 1..], out);
        }
        None => one_name(line, base, words, out),
    }
    words.clear();
}

/// Head words that end an organisation's name ("Nyein Foundation", "Women
/// Development Group", "Iranian Seismological Center").
const FINAL_HEADS: &[&str] = &[
    "foundation",
    "group",
    "network",
    "initiative",
    "alliance",
    "coalition",
    "consortium",
    "association",
    "federation",
    "trust",
    "corps",
    "court",
    "commission",
    "aid",
    "action",
    "ministry",
    "department",
    "directorate",
    "center",
    "centre",
    "university",
    "institute",
];

/// The head words that start or end names, capitalised as names write
/// them ("Foundation", "Alcaldía"): the extractor finds them with its other
/// names and hands their places to [`names`].
pub(crate) fn head_words() -> Vec<String> {
    FINAL_HEADS
        .iter()
        .chain(INITIAL_HEADS)
        .map(|h| {
            let mut c = h.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect()
}

/// Head words that start one ("Fundación Alberto Merani", "Alcaldía de
/// Villavicencio", "Department of Immigration").
const INITIAL_HEADS: &[&str] = &[
    "fundación",
    "fondation",
    "asociación",
    "association",
    "réseau",
    "alianza",
    "alcaldía",
    "gobernación",
    "municipalidad",
    "mairie",
    "préfecture",
    "ministerio",
    "ministère",
    "ministry",
    "secretaría",
    "dirección",
    "direction",
    "department",
    "departamento",
    "directorate",
    "defensoría",
    "registraduría",
    "personería",
    "procuraduría",
    "contraloría",
    "fiscalía",
    "banco",
    "cour",
    "tribunal",
    "university",
    "universidad",
    "université",
    // ("Centro de Periodismo Investigativo", "Instituto de Estudios
    // Peruanos"; a committee is rather a meeting: "Comité de Impulso")
    "centro",
    "instituto",
    "institut",
    "consejo",
    "conseil",
    "servicio",
    "agencia",
    "observatorio",
    "observatoire",
    "corporación",
    "federación",
    "sociedad",
    "unidad",
    "oficina",
];

/// Words before "Centre" that make it a facility, a place rather than an
/// organisation ("Health Centre", "Transit Centre").
const FACILITIES: &[&str] = &[
    "health",
    "medical",
    "transit",
    "ambulance",
    "delivery",
    "evacuation",
    "treatment",
    "reception",
    "community",
    "distribution",
    "detention",
    "collective",
    "feeding",
    "nutrition",
    "training",
    "care",
    "registration",
    "shopping",
    "youth",
    "recovery",
];

/// Words that make a capitalised run a role, a title, an event or a
/// document rather than an organisation.
const NOT_NAMES: &[&str] = &[
    "chief",
    "head",
    "coordinator",
    "coordinador",
    "coordonnateur",
    "secretary",
    "under-secretary-general",
    "secretary-general",
    "director",
    "directeur",
    "directora",
    "presidente",
    "president",
    "président",
    "officer",
    "minister",
    "ministre",
    "ministro",
    "representative",
    "envoy",
    "spokesperson",
    "day",
    "día",
    "journée",
    "bulletin",
    "boletín",
    "briefing",
    "issue",
    "update",
    "week",
    "conference",
    "conférence",
    "conferencia",
    "summit",
    "meeting",
    "réunion",
    "reunión",
    "workshop",
    "atelier",
    "taller",
    "session",
    "window",
    "interventions",
    "situation",
    "response",
    "needs",
    "news",
    "dr",
    "mr",
    "ms",
    "acting",
    "deputy",
    "general",
    "regional",
    "field",
    "national",
    "international",
    "global",
];

/// A name with a head word: its kind's, or one that starts or ends names.
fn headed(name: &str) -> bool {
    if !name.chars().any(char::is_uppercase) {
        return false;
    }
    let lower = name.to_lowercase();
    let first = lower
        .split(' ')
        .find(|w| !LEADING.contains(w))
        .unwrap_or("");
    let last = lower.rsplit(' ').next().unwrap_or("");
    INITIAL_HEADS.contains(&first) || FINAL_HEADS.contains(&last) || kind_of(name).is_some()
}

fn one_name(line: &str, base: usize, words: &[(usize, usize)], out: &mut Vec<OrgDef>) {
    let mut ws = words;
    // connectors and sentence words at the ends are not the name's
    while let Some((&(a, b), rest)) = ws.split_last() {
        if first_upper(&line[a..b]) {
            break;
        }
        ws = rest;
    }
    while let Some((&(a, b), rest)) = ws.split_first() {
        let w = line[a..b].to_lowercase();
        if first_upper(&line[a..b]) && !LEADING.contains(&w.as_str()) {
            break;
        }
        ws = rest;
    }
    if ws.len() < 2 {
        return;
    }
    let word = |k: usize| line[ws[k].0..ws[k].1].to_lowercase();
    let lowered: Vec<String> = (0..ws.len()).map(word).collect();
    // the name's own words: the head aside, one must be more than generic
    let initial = INITIAL_HEADS.contains(&lowered[0].as_str());
    let fin = FINAL_HEADS.contains(&lowered[ws.len() - 1].as_str());
    if ws.len() > 7 || (!initial && !fin) {
        // the name that a head opens inside the run: "Personal de la |
        // Municipalidad Provincial de Condorcanqui", "la Unidad de Gestión
        // de Riesgo de la | Alcaldía de Trinidad"
        // (after a connector only: "Lagos University Teaching Hospital" and
        // "Special Tribunal for Lebanon" are whole names)
        // (or a ministry or department after the place it serves:
        // "Puerto Rico | Department of Labor", "Lagos State | Ministry of
        // Health")
        if let Some(k) = (1..ws.len()).find(|&k| {
            INITIAL_HEADS.contains(&lowered[k].as_str())
                && first_upper(&line[ws[k].0..ws[k].1])
                && (CONNECTORS.contains(&lowered[k - 1].as_str())
                    || (k <= 3
                        && STATE_OPENERS.contains(&lowered[k].as_str())
                        && (0..k).all(|j| first_upper(&line[ws[j].0..ws[j].1]))))
        }) {
            one_name(line, base, &ws[k..], out);
        }
        return;
    }
    // a name that starts with its head ends before where it is: "University
    // of Ghana | in Accra", "Universidad del Valle | en Zarzal"
    if initial && !fin {
        if let Some(k) = lowered
            .iter()
            .position(|w| matches!(w.as_str(), "in" | "en" | "à" | "au"))
        {
            return one_name(line, base, &ws[..k], out);
        }
    }
    if lowered.iter().any(|w| NOT_NAMES.contains(&w.as_str())) {
        return;
    }
    // "Centro América" is a region
    if matches!(lowered[..], [ref c, ref a] if c == "centro" && (a == "américa" || a == "america"))
    {
        return;
    }
    let last = lowered[ws.len() - 1].as_str();
    if matches!(last, "center" | "centre")
        && lowered.iter().any(|w| FACILITIES.contains(&w.as_str()))
    {
        return;
    }
    // the vocabularies' own families, not new organisations
    let joined = lowered.join(" ");
    if [
        "red cross",
        "red crescent",
        "croix-rouge",
        "cruz roja",
        "united nations",
        "nations unies",
        "naciones unidas",
    ]
    .iter()
    .any(|f| joined.contains(f))
    {
        return;
    }
    let capitals = ws
        .iter()
        .filter(|&&(a, b)| first_upper(&line[a..b]))
        .count();
    if capitals < 2 {
        return;
    }
    let (a, z) = (ws[0].0, ws[ws.len() - 1].1);
    let name = &line[a..z];
    let lower = name.to_lowercase();
    if ROLE_ENDS.iter().any(|r| lower.ends_with(r)) {
        return;
    }
    let kind = kind_of(name).or_else(|| {
        (has_word(&lower, Heads::Name) && !has_word(&lower, Heads::NotOrgs)).then(|| {
            if has_word_scan(&lower, BODY_HEADS) {
                OrgKind::Other
            } else {
                OrgKind::Humanitarian
            }
        })
    });
    if let Some(kind) = kind {
        out.push(OrgDef {
            name: (base + a, base + z),
            acronym: None,
            kind,
        });
    }
}

fn first_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A heading: four capitalised words of four letters or more, and none in
/// lower case.
fn title_case(line: &str) -> bool {
    let (mut upper, mut lower) = (0, 0);
    for w in line
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .filter(|w| w.chars().count() >= 4)
    {
        if first_upper(w) {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    upper >= 4 && lower == 0
}

/// 2 to 10 characters, letters (and digits, '&', '-') with at least two
/// capitals and more capitals than lowercase letters ("UMCOR", "MdM" is
/// known already, "Indeci" is let in by its first capital and length).
fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    if !(2..=10).contains(&n) || !s.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if !s
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '.'))
    {
        return false;
    }
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    let lower = s.chars().filter(|c| c.is_lowercase()).count();
    upper >= 2 && upper >= lower || (upper == 1 && lower <= 6 && n >= 4)
}

/// The start of the capitalized name that ends at `end` (exclusive): up to
/// ten words back, capitalized words and connectors, starting on a
/// capitalized word.
fn name_before(body: &str, end: usize) -> Option<usize> {
    let mut start = None;
    let mut pos = end;
    for (words, w) in body[..end].rsplit(' ').enumerate() {
        if w.is_empty() || words >= 10 {
            break;
        }
        let w_start = pos - w.len();
        let clean = w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”'));
        if clean.len() != w.len() && words > 0 {
            break; // punctuation ends the name
        }
        // a possessive is its owner's, not part of the name ("The
        // Government’s Refugees and Returnees Service (RRS)", "Qatar’s
        // Supreme Council of Health"), but for people's ("Women’s Refugee
        // Commission", "People’s Disaster Risk Reduction Network")
        if words > 0 {
            let owner = strip_possessive(clean);
            if owner.is_some_and(|o| !["People", "Children", "Women", "Men"].contains(&o)) {
                break;
            }
        }
        let first = clean.chars().next()?;
        if first.is_uppercase() {
            start = Some(w_start);
        } else if !CONNECTORS.contains(&clean.to_lowercase().as_str()) {
            break;
        }
        pos = w_start.saturating_sub(1);
        if w_start == 0 {
            break;
        }
    }
    let s = start?;
    // at least two words
    (body[s..end].contains(' ')).then_some(s)
}

/// The acronym in brackets right after `end` (" (CDC)"), if any.
pub(crate) fn bracketed_after(body: &str, end: usize) -> Option<&str> {
    let rest = body[end..].strip_prefix(" (")?;
    let close = rest.char_indices().take(12).find(|&(_, c)| c == ')')?.0;
    let acr = &rest[..close];
    // two capitals at least: "WFP (English)" gives WFP no alias
    two_capital_acronym(acr).then_some(acr)
}

/// An acronym with two capitals at least ("CDC", "MdM"; not "Indeci").
fn two_capital_acronym(s: &str) -> bool {
    is_acronym(s) && s.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// The owner of a possessive word ("Government’s" -> "Government"), with
/// either apostrophe.
pub(crate) fn strip_possessive(w: &str) -> Option<&str> {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"))
}

/// The acronyms the report puts in brackets ("(IPC)"), each with where its
/// brackets open: the only ones [`defined_as_phrase`] can find a definition
/// for.
pub(crate) fn bracketed_acronyms(body: &str) -> HashMap<&str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::default();
    for at in memchr::memchr_iter(b'(', body.as_bytes()) {
        let rest = &body[at + 1..];
        let Some(end) = rest.find(')') else { continue };
        let acr = &rest[..end];
        if (2..=10).contains(&acr.len()) && acr.bytes().all(|b| b.is_ascii_uppercase()) {
            out.entry(acr).or_default().push(at);
        }
    }
    out
}

/// Whether the report defines `acr` as a common noun phrase, not a name:
/// "infection prevention and control (IPC)" is no IPC (the food security
/// classification), whatever the vocabulary says. `opens` are where the
/// report's "(ACR)" brackets open ([`bracketed_acronyms`]).
///
/// A definition in lower case that names an organisation ("the national
/// disaster risk reduction and management council (NDRRMC)") or spells
/// the actor's own `name` is still an organisation.
pub(crate) fn defined_as_phrase(body: &str, opens: &[usize], acr: &str, name: &str) -> bool {
    opens.iter().any(|&at| {
        let words: Vec<&str> = body[..at].split_whitespace().rev().take(10).collect();
        let mut initials = String::new();
        for w in &words {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() {
                return false;
            }
            if ![
                "and", "of", "the", "for", "de", "et", "y", "des", "du", "la", "el",
            ]
            .contains(&w)
            {
                initials.insert(0, w.chars().next().unwrap_or(' '));
            }
            if initials.chars().count() >= acr.chars().count() {
                // the phrase's first word is lower case: a common noun
                // (the phrase: from the last occurrence of its first word)
                let phrase = body[body[..at].rfind(w).unwrap_or(at)..at].trim_end();
                return initials.eq_ignore_ascii_case(acr)
                    && w.chars().next().is_some_and(char::is_lowercase)
                    && !phrase.eq_ignore_ascii_case(name)
                    && kind_of(phrase).is_none();
            }
        }
        false
    })
}

/// Acronyms that name a sector, a group of people, a plan, a disease or a
/// currency, not an organisation, though reports list them with
/// organisations ("UNICEF/WASH", "UNICEF and NGO partners").
/// A country's ministry ("MOH", "FMOH"), a WHO regional office ("WHO/EMRO")
/// and a title ("Helle Thorning-Schmidt, CEO, Save the Children") are not
/// organisations of their neighbours' kind either; nor is "CDC" (the US,
/// China and Africa each have one), nor "PPE" (protective equipment).
const GENERIC_ACRONYMS: &[&str] = &[
    "AFRO", "AIDS", "AMRO", "ANC", "ASG", "CAD", "CDC", "CEO", "CFA", "CHF", "CMR", "COVID", "CSO",
    "CTC", "PPE", "CTU", "DSRSG", "EEA", "ERC", "SRSG", "USG", "EHA", "EMRO", "ETC", "ETU", "EUR",
    "EURO", "EVD", "FCFA", "FMOH", "GAM", "GBP", "GBV", "HIV", "HRP", "ICU", "IDP", "IHR", "INGO",
    "LGA", "MAM", "MERS", "MINSA", "MOE", "MOH", "MOHFW", "MOHS", "MOHSW", "MOPH", "MSP", "MSPP",
    "MUAC", "NFI", "NGO", "ONG", "ORS", "PDI", "PHEIC", "RDT", "SAM", "SARS", "SEARO", "SGBV",
    "SMOH", "USD", "WASH", "WPRO", "XOF",
];

/// Whether `w` is a Roman numeral as written in order ("XIII", "IV",
/// "XLV"), not merely letters of one ("CIVIL", "VIVID").
fn is_roman_numeral(w: &str) -> bool {
    const ROMAN: &[(&str, u32)] = &[
        ("M", 1000),
        ("CM", 900),
        ("D", 500),
        ("CD", 400),
        ("C", 100),
        ("XC", 90),
        ("L", 50),
        ("XL", 40),
        ("X", 10),
        ("IX", 9),
        ("V", 5),
        ("IV", 4),
        ("I", 1),
    ];
    // (letters up to C only: "MDC", "MCC" and "MIX" are organisations' names)
    if w.is_empty() || !w.bytes().all(|b| b"IVXLC".contains(&b)) {
        return false;
    }
    // read greedily, then write the value back: the same letters only for
    // a well-formed numeral
    let (mut rest, mut value) = (w, 0u32);
    for &(sym, v) in ROMAN {
        while let Some(r) = rest.strip_prefix(sym) {
            rest = r;
            value += v;
        }
    }
    if !rest.is_empty() {
        return false;
    }
    let mut canon = String::new();
    for &(sym, v) in ROMAN {
        while value >= v {
            canon.push_str(sym);
            value -= v;
        }
    }
    canon == w
}

/// The longest run of capitals (digits, '-' and '&' inside) that starts at
/// `at`, with at least three capitals and no lower-case letter, standing
/// alone as a word; not a Roman numeral, not a word of a line in capitals
/// ("SAVE THE CHILDREN").
pub(crate) fn bare_acronym_at(body: &str, at: usize) -> Option<usize> {
    if body[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let rest = &body[at..];
    // (a run longer than 13 bytes is no acronym: no need to see its end)
    let len = rest
        .bytes()
        .take(13)
        .position(|b| !is_acronym_char(char::from(b)))
        .unwrap_or(rest.len().min(13));
    let word = rest[..len].trim_end_matches(['-', '&']);
    let end = at + word.len();
    let capitals = word.bytes().filter(u8::is_ascii_uppercase).count();
    if !(3..=12).contains(&word.len())
        || capitals < 3
        || !word.starts_with(|c: char| c.is_ascii_uppercase())
        || is_roman_numeral(word)
        || body[end..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        // ("COVID-19": the stem before a code)
        || GENERIC_ACRONYMS.contains(&word.split('-').next().unwrap_or(word))
        || word
            .strip_suffix('S')
            .is_some_and(|w| GENERIC_ACRONYMS.contains(&w))
    {
        return None;
    }
    let caps_word =
        |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-');
    // a word of a longer name ("BBC Media Action", "FOCUS 1000") or the
    // owner of the noun before it ("Secretaría Técnica de la JEP")
    let next = body[end..]
        .strip_prefix(' ')
        .and_then(|r| r.split(char::is_whitespace).next());
    let prev = body[..at]
        .strip_suffix(' ')
        .and_then(|r| r.rsplit(char::is_whitespace).next());
    let owner = [
        " of the ", " de la ", " del ", " de l’", " de l'", " du ", " des ",
    ]
    .iter()
    .any(|p| body[..at].ends_with(p));
    if prev.is_some_and(caps_word)
        || next.is_some_and(|w| {
            caps_word(w) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        || owner
    {
        return None;
    }
    Some(end)
}

/// A character of an acronym in capitals ("DRC-DDG", "AT&T").
fn is_acronym_char(c: char) -> bool {
    c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '&')
}

/// Whether `a..b` overlaps one of `spans` (sorted by start; `span` gives
/// each one's byte range). A name is never longer than `MAX_NAME` bytes,
/// so the look back is bounded.
pub(crate) fn overlaps_sorted<T>(
    spans: &[T],
    span: impl Fn(&T) -> (usize, usize),
    a: usize,
    b: usize,
) -> bool {
    const MAX_NAME: usize = 256;
    let k = spans.partition_point(|t| span(t).0 < b);
    spans[..k]
        .iter()
        .rev()
        .map(&span)
        .take_while(|t| t.0 + MAX_NAME > a)
        .any(|t| a < t.1)
}

/// What joins two members of a list ("UNICEF, CANACU et REEJER",
/// "UNHCR/ADSSE", "CHD, CORDAID and INTERSOS").
const LIST_JOINS: &[&str] = &[
    ", and ", ", et ", ", y ", " and ", " et ", " y ", " & ", " / ", ", ", "/",
];

/// Acronyms the vocabularies do not know that a report lists with known
/// organisations: "partners such as CHD, CORDAID and INTERSOS", "(UNHCR/ADSSE)".
/// `anchors` are the known organisations' mentions, in text order, with
/// any payload; `taken` are spans that are something else (the names the
/// vocabularies read, places), sorted by start. Returns each
/// acronym's span with the payload
/// of the organisation whose list it is in.
pub(crate) fn listed_acronyms<T: Copy>(
    body: &str,
    anchors: &[(usize, usize, T)],
    taken: &[(usize, usize)],
    bracketed: &HashMap<&str, Vec<usize>>,
) -> Vec<(usize, usize, T)> {
    const MAX_MEMBERS: usize = 40;
    let mut out: Vec<(usize, usize, T)> = Vec::new();
    let overlaps = |a: usize, b: usize| overlaps_sorted(taken, |&t| t, a, b);
    let starts: HashMap<usize, usize> = anchors.iter().map(|x| (x.0, x.1)).collect();
    let ends: HashMap<usize, usize> = anchors.iter().map(|x| (x.1, x.0)).collect();
    let anchor_at = |a: usize| starts.get(&a).map(|&e| (a, e));
    let anchor_ending = |e: usize| ends.get(&e).map(|&s| (s, e));
    // a member the report spells out elsewhere is what it says there
    // ("Marburg virus disease (MVD)"): were it an organisation, it would be
    // one of the anchors; a code of slashes ("WHO/WHE/IHM/GIP/2018.2") lists
    // no one
    let member = |a: usize, e: usize, join: &str| {
        // (the word around it, looked at 64 bytes each way at most)
        let code = || {
            let mut lo = a.saturating_sub(64);
            while !body.is_char_boundary(lo) {
                lo += 1;
            }
            let mut hi = (e + 64).min(body.len());
            while !body.is_char_boundary(hi) {
                hi -= 1;
            }
            let s = body[lo..a]
                .rfind(char::is_whitespace)
                .map_or(lo, |k| lo + k + 1);
            let t = body[e..hi].find(char::is_whitespace).map_or(hi, |k| e + k);
            body[s..t].bytes().any(|b| b.is_ascii_digit())
        };
        let slashed_code = join.contains('/') && code();
        !(overlaps(a, e) || bracketed.contains_key(&body[a..e]) || slashed_code)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut seen: HashSet<usize> = HashSet::default();
    for &(start, end, payload) in anchors {
        found.clear();
        let (mut members, mut commas_only) = (1, true);
        // rightwards
        let mut p = end;
        for _ in 0..MAX_MEMBERS {
            let Some(j) = LIST_JOINS.iter().find(|j| body[p..].starts_with(**j)) else {
                break;
            };
            let q = p + j.len();
            if let Some(a) = anchor_at(q) {
                p = a.1;
            } else {
                match bare_acronym_at(body, q) {
                    Some(e) if member(q, e, j) => {
                        found.push((q, e));
                        p = e;
                    }
                    _ => break,
                }
            }
            members += 1;
            commas_only &= *j == ", ";
        }
        // leftwards
        let mut p = start;
        for _ in 0..MAX_MEMBERS {
            let Some(j) = LIST_JOINS.iter().find(|j| body[..p].ends_with(**j)) else {
                break;
            };
            let q = p - j.len();
            if let Some(a) = anchor_ending(q) {
                p = a.0;
            } else {
                let s = body[..q]
                    .rfind(|c: char| !is_acronym_char(c))
                    .map_or(0, |k| {
                        k + body[k..].chars().next().map_or(1, char::len_utf8)
                    });
                match bare_acronym_at(body, s) {
                    Some(e) if e == q && member(s, e, j) => {
                        found.push((s, e));
                        p = s;
                    }
                    _ => break,
                }
            }
            members += 1;
            commas_only &= *j == ", ";
        }
        // two names and a comma are no list ("the October issue of the
        // RMM, FAO has raised")
        if members == 2 && commas_only {
            continue;
        }
        for &(a, e) in &found {
            if seen.insert(a) {
                out.push((a, e, payload));
            }
        }
    }
    out.sort_by_key(|o| o.0);
    out
}

/// The acronym's first letter starts one of the name's capitalized words,
/// and most of its capitals are initials of them.
fn initials_fit(name: &str, acr: &str) -> bool {
    let initials: Vec<char> = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    let caps: Vec<char> = acr
        .chars()
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    let Some(first) = caps.first() else {
        return false;
    };
    if initials.first() != Some(first) && !initials.contains(first) {
        return false;
    }
    let hits = caps.iter().filter(|c| initials.contains(c)).count();
    hits * 3 >= caps.len() * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_are_well_formed_ones() {
        for w in ["I", "IV", "IX", "XIII", "XLV", "CXC"] {
            assert!(is_roman_numeral(w), "{w}");
        }
        for w in [
            "CIVIL", "VIVID", "IIII", "VX", "MIX", "MDC", "MCC", "", "ICRC",
        ] {
            assert!(!is_roman_numeral(w), "{w}");
        }
    }

    fn defs(text: &str) -> Vec<(String, String, OrgKind)> {
        definitions(text)
            .into_iter()
            .map(|d| {
                let acr = d.acronym.expect("a definition has its acronym");
                (
                    text[d.name.0..d.name.1].to_string(),
                    text[acr.0..acr.1].to_string(),
                    d.kind,
                )
            })
            .collect()
    }

    #[test]
    fn names_with_acronyms() {
        assert_eq!(
            defs("Partners include the United Methodist Committee on Relief (UMCOR) and others."),
            [(
                "United Methodist Committee on Relief".into(),
                "UMCOR".into(),
                OrgKind::Humanitarian
            )]
        );
        assert_eq!(
            defs("Según el Instituto Nacional de Defensa Civil (Indeci), hubo lluvias."),
            [(
                "Instituto Nacional de Defensa Civil".into(),
                "Indeci".into(),
                OrgKind::State
            )]
        );
        assert_eq!(
            defs("the Centre International de Recherches Médicales de Franceville (CIRMF), Gabon"),
            [(
                "Centre International de Recherches Médicales de Franceville".into(),
                "CIRMF".into(),
                OrgKind::Other
            )]
        );
    }

    #[test]
    fn acronyms_spelled_out_after_them() {
        assert_eq!(
            defs("IRINN (Islamic Republic of Iran News Network) reported that"),
            [(
                "Islamic Republic of Iran News Network".into(),
                "IRINN".into(),
                OrgKind::Other
            )]
        );
        // brackets that are no expansion of the word before them
        for text in [
            "The WHO (20 December 2017) said",
            "in DRC (North Kivu and South Kivu) there were",
            "the ICRC (and MSF) said",
        ] {
            assert!(defs(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn not_organisations() {
        assert!(defs("Internally Displaced Persons (IDPs) fled.").is_empty());
        assert!(defs("cases of Acute Watery Diarrhoea (AWD) rose").is_empty());
        assert!(defs("the Lake Chad Basin (LCB) region").is_empty());
        assert!(defs("in Kinshasa (RDC)").is_empty());
        assert!(defs("a total (see annex) of").is_empty());
        assert!(defs("the Global Humanitarian Overview (GHO) says").is_empty());
        assert!(defs("under the International Health Regulations (IHR)").is_empty());
    }

    fn named(text: &str) -> Vec<(String, OrgKind)> {
        // the head words' places, as the extractor finds them
        let heads: Vec<usize> = head_words()
            .iter()
            .flat_map(|h| text.match_indices(h.as_str()).map(|(i, _)| i))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        names(text, &heads)
            .into_iter()
            .map(|d| (text[d.name.0..d.name.1].to_string(), d.kind))
            .collect()
    }

    #[test]
    fn names_without_acronyms() {
        assert_eq!(
            named("says Saw Sein Htwe from the Nyein Foundation, which works for peace."),
            [("Nyein Foundation".into(), OrgKind::Humanitarian)]
        );
        assert_eq!(
            named("According to the Iranian Seismological Center, the epicenter was near."),
            [("Iranian Seismological Center".into(), OrgKind::Other)]
        );
        assert_eq!(
            named("organizada por la Gobernación del Meta y la Alcaldía de Villavicencio."),
            [
                ("Gobernación del Meta".into(), OrgKind::Local),
                ("Alcaldía de Villavicencio".into(), OrgKind::Local)
            ]
        );
        assert_eq!(
            named(
                "says U Yee Thant, a senior officer, Department of Immigration, Hpa-An District."
            ),
            [("Department of Immigration".into(), OrgKind::State)]
        );
        // a head inside a longer run opens the name (rw-2371814, rw-2386264)
        assert_eq!(
            named("Personal de la Municipalidad Provincial de Condorcanqui entregó bienes."),
            [(
                "Municipalidad Provincial de Condorcanqui".into(),
                OrgKind::Local
            )]
        );
        assert_eq!(
            named("El jefe de la Unidad de Gestión de Riesgo de la Alcaldía de Trinidad, Arnold Barba, informó."),
            [("Alcaldía de Trinidad".into(), OrgKind::Local)]
        );
    }

    #[test]
    fn two_names_joined_by_a_conjunction() {
        assert_eq!(
            named("partners such as UNV, Africa Humanitarian Action and Women Development Group. Within"),
            [
                ("Africa Humanitarian Action".into(), OrgKind::Humanitarian),
                ("Women Development Group".into(), OrgKind::Humanitarian)
            ]
        );
        // one name with "&" inside it
        assert_eq!(
            named("support from the Bill & Melinda Gates Foundation, which has provided"),
            [(
                "Bill & Melinda Gates Foundation".into(),
                OrgKind::Humanitarian
            )]
        );
    }

    #[test]
    fn not_named_organisations() {
        // roles, plans, headings, single capitalised words
        assert!(named("the Emergency Relief Coordinator said").is_empty());
        assert!(named("under the Humanitarian Response Plan for 2018").is_empty());
        assert!(named("Humanitarian Aid Reaches Displaced Families In The North").is_empty());
        assert!(named("the Foundation said").is_empty());
    }
}
