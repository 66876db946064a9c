//! Stage 3, extract: the compiled-in vocabularies (`schema/*.tsv`), their
//! parsing, and [`lookup`], which resolves a user-typed name to facet paths
//! without building any automaton.

use crate::Error;

/// `schema/locations.tsv`: name kind iso3 facet aliases demonyms short lat lon population minor.
pub const LOCATIONS_TSV: &str = include_str!("../../schema/locations.tsv");
/// `schema/actors.tsv`: name acronym kind country facet aliases.
pub const ACTORS_TSV: &str = include_str!("../../schema/actors.tsv");
/// `schema/claim_triggers.tsv`: type language trigger context.
pub const CLAIM_TRIGGERS_TSV: &str = include_str!("../../schema/claim_triggers.tsv");
/// `schema/state_bodies.tsv`: generic names of a state's bodies (phrase, language).
pub const STATE_BODIES_TSV: &str = include_str!("../../schema/state_bodies.tsv");
/// `schema/claim_types.tsv`: type definition acled gdelt.
pub const CLAIM_TYPES_TSV: &str = include_str!("../../schema/claim_types.tsv");

/// One row of `locations.tsv`.
#[derive(Debug, Clone)]
pub struct LocationRow {
    /// Canonical name.
    pub name: String,
    /// country | region | admin1 | admin2 | place
    pub kind: String,
    /// ISO3 of the country.
    pub iso3: String,
    /// Facet path.
    pub facet: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Countries only: demonyms ("Azeri").
    pub demonyms: Vec<String>,
    /// Countries only: short English name used in actor facets.
    pub short: String,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Population, 0 when unknown.
    pub population: u64,
    /// A small town, a second-level division or a division named by a
    /// common word ("Sud", "Centre"): it counts only in a report that names
    /// its country, standing alone as a proper noun.
    pub minor: bool,
}

impl LocationRow {
    /// 0 for countries up to 3 for places: higher is more specific.
    pub fn specificity(&self) -> u8 {
        match self.kind.as_str() {
            "country" => 0,
            "region" => 1,
            "admin1" => 2,
            "admin2" => 3,
            _ => 4,
        }
    }
}

/// One row of `actors.tsv`.
#[derive(Debug, Clone)]
pub struct ActorRow {
    /// Canonical name.
    pub name: String,
    /// Acronym, matched in exact case.
    pub acronym: String,
    /// Actor kind (humanitarian, government, ...).
    pub kind: String,
    /// ISO3 of the state, for state actors.
    pub country: String,
    /// Facet path.
    pub facet: String,
    /// Other names.
    pub aliases: Vec<String>,
}

/// One row of `claim_triggers.tsv`.
#[derive(Debug, Clone)]
pub struct TriggerRow {
    /// Claim type.
    pub kind: String,
    /// en | fr | es
    pub language: String,
    /// Surface form.
    pub trigger: String,
    /// Words, one of which must occur in the sentence (empty: no condition).
    pub context: Vec<String>,
}

fn list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Iterates the data rows of a TSV (header skipped), with 1-based line numbers.
fn rows<'a>(
    tsv: &'a str,
    file: &'static str,
    columns: usize,
) -> impl Iterator<Item = Result<(usize, Vec<&'a str>), Error>> + 'a {
    tsv.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty())
        .map(move |(i, line)| {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < columns {
                return Err(Error::Vocabulary {
                    file: file.to_string(),
                    line: i + 1,
                    reason: format!(
                        "expected {columns} tab-separated columns, found {}",
                        f.len()
                    ),
                });
            }
            Ok((i + 1, f))
        })
}

fn num(s: &str) -> Option<f64> {
    s.trim().parse().ok()
}

/// Parses `schema/locations.tsv`.
pub fn parse_locations(tsv: &str) -> Result<Vec<LocationRow>, Error> {
    let mut out = Vec::new();
    for r in rows(tsv, "schema/locations.tsv", 10) {
        let (line, f) = r?;
        if f[3].is_empty() || !f[3].starts_with('/') || f[2].is_empty() {
            return Err(Error::Vocabulary {
                file: "schema/locations.tsv".into(),
                line,
                reason: "a location needs an iso3 and a facet starting with '/'".into(),
            });
        }
        out.push(LocationRow {
            name: f[0].to_string(),
            kind: f[1].to_string(),
            iso3: f[2].to_string(),
            facet: f[3].to_string(),
            aliases: list(f[4]),
            demonyms: list(f[5]),
            short: f[6].to_string(),
            lat: num(f[7]),
            lon: num(f[8]),
            population: f[9].trim().parse().unwrap_or(0),
            minor: f.get(10).is_some_and(|m| m.trim() == "1"),
        });
    }
    Ok(out)
}

/// Parses `schema/actors.tsv`.
pub fn parse_actors(tsv: &str) -> Result<Vec<ActorRow>, Error> {
    let mut out = Vec::new();
    for r in rows(tsv, "schema/actors.tsv", 6) {
        let (line, f) = r?;
        if !f[4].starts_with('/') {
            return Err(Error::Vocabulary {
                file: "schema/actors.tsv".into(),
                line,
                reason: "an actor facet must start with '/'".into(),
            });
        }
        out.push(ActorRow {
            name: f[0].to_string(),
            acronym: f[1].to_string(),
            kind: f[2].to_string(),
            country: f[3].to_string(),
            facet: f[4].to_string(),
            aliases: list(f[5]),
        });
    }
    Ok(out)
}

/// Parses `schema/claim_triggers.tsv`.
pub fn parse_triggers(tsv: &str) -> Result<Vec<TriggerRow>, Error> {
    let mut out = Vec::new();
    for r in rows(tsv, "schema/claim_triggers.tsv", 3) {
        let (line, f) = r?;
        if !f[0].contains('/') || f[2].trim().is_empty() {
            return Err(Error::Vocabulary {
                file: "schema/claim_triggers.tsv".into(),
                line,
                reason: "a trigger needs a type like 'casualties/killed' and a surface form".into(),
            });
        }
        out.push(TriggerRow {
            kind: f[0].to_string(),
            language: f[1].to_string(),
            trigger: f[2].trim().to_string(),
            context: f.get(3).map(|c| list(c)).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The claim types of the taxonomy, with their one-line definitions.
pub fn claim_types() -> Vec<(String, String)> {
    CLAIM_TYPES_TSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?.to_string(), f.next().unwrap_or("").to_string()))
        })
        .collect()
}

/// Case-insensitive equality without allocating.
/// The data lines of a vocabulary that contain `needle` (ASCII
/// case-insensitively), found with one SIMD substring scan instead of
/// splitting every line; every line when the needle is not ASCII.
fn candidate_lines<'a>(tsv: &'a str, needle: &str) -> Vec<&'a str> {
    let body_start = tsv.find('\n').map(|i| i + 1).unwrap_or(tsv.len());
    if !needle.is_ascii() {
        return tsv[body_start..].lines().collect();
    }
    // ASCII lowercasing keeps every byte offset.
    let lower = tsv.as_bytes().to_ascii_lowercase();
    let pattern = needle.to_ascii_lowercase();
    let mut out: Vec<&str> = Vec::new();
    let mut last_line = usize::MAX;
    for at in memchr::memmem::find_iter(&lower, pattern.as_bytes()) {
        let start = lower[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        if start < body_start || start == last_line {
            continue;
        }
        let end = lower[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map(|i| at + i)
            .unwrap_or(lower.len());
        last_line = start;
        out.push(&tsv[start..end]);
    }
    out
}

fn eq_ci(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Resolves a user-typed value (facet path, name, alias, acronym or ISO3
/// code, case-insensitive) to facet paths in `dimension` "actor" or
/// "location". Scans only the TSV of that dimension, line by line; builds no
/// automaton, so it is cheap enough for a search command's start-up. Exact
/// name/acronym hits come first; unknown values give an empty list, except
/// facet paths (`/...`), which are returned as given (persons are not in the
/// vocabulary).
pub fn lookup(dimension: &str, value: &str) -> Vec<String> {
    let v = value.trim();
    if v.is_empty() {
        return Vec::new();
    }
    let mut strong: Vec<String> = Vec::new();
    let mut weak: Vec<String> = Vec::new();
    let push = |list: &mut Vec<String>, f: &str| {
        if !list.iter().any(|x| x == f) {
            list.push(f.to_string());
        }
    };
    let is_iso3 = v.len() == 3 && v.chars().all(|c| c.is_ascii_alphabetic());
    match dimension {
        "location" | "locations" => {
            for line in candidate_lines(LOCATIONS_TSV, v) {
                let f: Vec<&str> = line.splitn(6, '\t').collect();
                if f.len() < 5 {
                    continue;
                }
                if eq_ci(f[3], v)
                    || eq_ci(f[0], v)
                    || (is_iso3 && f[1] == "country" && eq_ci(f[2], v))
                {
                    push(&mut strong, f[3]);
                } else if f[4].split('|').any(|a| eq_ci(a, v)) {
                    push(&mut weak, f[3]);
                }
            }
        }
        "actor" | "actors" | "by" => {
            for line in candidate_lines(ACTORS_TSV, v) {
                let f: Vec<&str> = line.split('\t').collect();
                if f.len() < 6 {
                    continue;
                }
                let last = f[4].rsplit('/').next().unwrap_or("");
                if eq_ci(f[4], v) || eq_ci(f[0], v) || (!f[1].is_empty() && eq_ci(f[1], v)) {
                    push(&mut strong, f[4]);
                } else if eq_ci(last, v)
                    || (is_iso3
                        && eq_ci(f[3], v)
                        && matches!(f[2], "government" | "military" | "police"))
                    || f[5].split('|').any(|a| eq_ci(a, v))
                {
                    push(&mut weak, f[4]);
                }
            }
        }
        _ => return Vec::new(),
    }
    for w in weak {
        push(&mut strong, &w);
    }
    if strong.is_empty() && v.starts_with('/') && v.len() > 1 {
        strong.push(v.trim_end_matches('/').to_string());
    }
    strong
}

/// `schema/context_names.tsv`: names that mean one actor only in a document
/// that also names a related actor (phrase, facet, context prefixes).
pub const CONTEXT_NAMES_TSV: &str = include_str!("../../schema/context_names.tsv");

/// A name that means `facet` in a document naming an actor whose facet starts
/// with one of `context`.
#[derive(Debug, Clone)]
pub struct ContextName {
    pub phrase: &'static str,
    pub facet: &'static str,
    pub context: Vec<&'static str>,
}

/// The rows of `schema/context_names.tsv` (comments and header skipped).
pub fn context_names() -> Vec<ContextName> {
    CONTEXT_NAMES_TSV
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() == 3).then(|| ContextName {
                phrase: f[0],
                facet: f[1],
                context: f[2].split('|').filter(|p| !p.is_empty()).collect(),
            })
        })
        .collect()
}

/// The phrases of `schema/state_bodies.tsv` (comments and header skipped).
pub fn state_bodies() -> impl Iterator<Item = &'static str> {
    STATE_BODIES_TSV
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_names_name_listed_actors() {
        let actors = parse_actors(ACTORS_TSV).unwrap();
        let rows = context_names();
        assert!(rows.len() >= 5);
        for r in &rows {
            assert!(actors.iter().any(|a| a.facet == r.facet), "{}", r.facet);
            assert!(!r.context.is_empty(), "{}", r.phrase);
        }
    }

    #[test]
    fn vocabularies_parse() {
        let l = parse_locations(LOCATIONS_TSV).unwrap();
        assert!(l.len() > 10_000);
        assert!(l
            .iter()
            .any(|r| r.facet == "/Azerbaijan/Nagorno-Karabakh/Shusha"));
        for r in &l {
            assert!(
                r.facet.split('/').skip(1).all(|s| !s.is_empty()),
                "{}",
                r.facet
            );
        }
        let a = parse_actors(ACTORS_TSV).unwrap();
        assert!(a.iter().any(|r| r.facet == "/humanitarian/ICRC"));
        let t = parse_triggers(CLAIM_TRIGGERS_TSV).unwrap();
        let types: Vec<String> = claim_types().into_iter().map(|(t, _)| t).collect();
        for row in &t {
            assert!(
                types.contains(&row.kind),
                "trigger type {} not in claim_types",
                row.kind
            );
        }
    }

    #[test]
    fn lookup_resolves_names_acronyms_and_codes() {
        assert_eq!(
            lookup("actor", "icrc"),
            vec!["/humanitarian/ICRC".to_string()]
        );
        assert!(lookup("actor", "International Committee of the Red Cross")
            .contains(&"/humanitarian/ICRC".to_string()));
        assert!(lookup("actor", "AZE").contains(&"/government/Azerbaijan".to_string()));
        assert_eq!(
            lookup("location", "arm").first().map(String::as_str),
            Some("/Armenia")
        );
        assert!(lookup("location", "shusha")
            .contains(&"/Azerbaijan/Nagorno-Karabakh/Shusha".to_string()));
        assert!(lookup("location", "Stepanakert")
            .contains(&"/Azerbaijan/Nagorno-Karabakh/Khankendi".to_string()));
        assert!(lookup("location", "no such place anywhere").is_empty());
        assert!(lookup("colour", "red").is_empty());
        assert!(
            lookup("location", "ŞUŞA").contains(&"/Azerbaijan/Nagorno-Karabakh/Shusha".to_string())
        );
    }

    /// `cargo test --release -- --ignored lookup_speed --nocapture`
    #[test]
    #[ignore]
    fn lookup_speed() {
        let t = std::time::Instant::now();
        for v in ["Shusha", "Nowhere Town", "ICRC", "AZE"] {
            let _ = lookup("location", v);
            let _ = lookup("actor", v);
        }
        println!("8 lookups: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    }
}
