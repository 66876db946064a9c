//! Stage 3, extract: organisations the vocabularies do not know, from the
//! way reports introduce them — a capitalized name followed by its acronym
//! in parentheses ("United Methodist Committee on Relief (UMCOR)",
//! "Instituto Nacional de Defensa Civil (Indeci)"). The name's head words
//! decide the kind: a state body, a humanitarian organisation, or other.

/// What kind of organisation a defined name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrgKind {
    /// A ministry, national institute or agency: the government of a country.
    State,
    Humanitarian,
    Other,
}

/// One "Name (ACR)" definition, as byte ranges into the body.
#[derive(Debug, Clone)]
pub(crate) struct OrgDef {
    pub name: (usize, usize),
    pub acronym: (usize, usize),
    pub kind: OrgKind,
}

/// Lowercase words that may sit inside an organisation's name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "in", "de", "des", "du", "la", "le", "les", "et", "pour",
    "del", "los", "las", "el", "y", "para", "en", "d'", "l'", "d’", "l’",
];

/// Words that make a name a state body (checked first).
const STATE_HEADS: &[&str] = &[
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

/// Words that make a name a humanitarian organisation.
const HUMANITARIAN_HEADS: &[&str] = &[
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
];

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
        if !is_acronym(acr) || open < 2 || bytes[open - 1] != b' ' {
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
        let lower = name.to_lowercase();
        // whole words, a plural 's' allowed
        let has = |heads: &[&str]| {
            heads.iter().any(|h| {
                lower.match_indices(h).any(|(i, _)| {
                    let rest = lower[i + h.len()..]
                        .strip_prefix('s')
                        .unwrap_or(&lower[i + h.len()..]);
                    (i == 0 || !lower[..i].ends_with(char::is_alphanumeric))
                        && !rest.starts_with(char::is_alphanumeric)
                })
            })
        };
        if has(NOT_ORGS) {
            continue;
        }
        let kind = if has(STATE_HEADS) {
            OrgKind::State
        } else if has(HUMANITARIAN_HEADS) {
            OrgKind::Humanitarian
        } else if has(OTHER_HEADS) {
            OrgKind::Other
        } else {
            continue; // "Internally Displaced Persons (IDPs)", "(AWD)"
        };
        out.push(OrgDef {
            name: (name_start, open - 1),
            acronym: (open + 1, close),
            kind,
        });
    }
    out
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

    fn defs(text: &str) -> Vec<(String, String, OrgKind)> {
        definitions(text)
            .into_iter()
            .map(|d| {
                (
                    text[d.name.0..d.name.1].to_string(),
                    text[d.acronym.0..d.acronym.1].to_string(),
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
    fn not_organisations() {
        assert!(defs("Internally Displaced Persons (IDPs) fled.").is_empty());
        assert!(defs("cases of Acute Watery Diarrhoea (AWD) rose").is_empty());
        assert!(defs("the Lake Chad Basin (LCB) region").is_empty());
        assert!(defs("in Kinshasa (RDC)").is_empty());
        assert!(defs("a total (see annex) of").is_empty());
        assert!(defs("the Global Humanitarian Overview (GHO) says").is_empty());
        assert!(defs("under the International Health Regulations (IHR)").is_empty());
    }
}
