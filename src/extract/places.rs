//! Stage 3, extract: how the engine reads place names — where a name is not
//! a place (contact lines, names of seas and larger units, parts of persons'
//! and organisations' names, donors), whether a minor place stands alone,
//! and which region a name points to.

use std::ops::Range;

use super::engine::Span;
use super::gazetteer::Hit;
use super::numbers::is_month;
use super::tokens::starts_with_ci;
use super::vocab::LocationRow;

/// Whether the line around `at` is a contact line, remembering the last line
/// looked at (hits come in text order, so most lookups reuse it).
pub(crate) fn on_contact_line_cached(
    body: &str,
    at: usize,
    last: &mut Option<(usize, usize, bool)>,
) -> bool {
    if let Some((start, end, yes)) = *last {
        if start <= at && at < end {
            return yes;
        }
    }
    let start = body[..at].rfind('\n').map_or(0, |k| k + 1);
    let end = body[at..].find('\n').map_or(body.len(), |k| at + k);
    let yes = is_contact_line(&body[start..end]);
    *last = Some((start, end.max(start + 1), yes));
    yes
}

/// Whether a line is a contact or address line: an e-mail address, a phone
/// number ("Tel.", "Mob.", "+41 22 ..."), a fax.
fn is_contact_line(line: &str) -> bool {
    if line.len() > 600 {
        return false; // a paragraph, not a contact line
    }
    let phone = line
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == b'+' && w[1].is_ascii_digit() && w[2].is_ascii_digit());
    // an e-mail address, not a handle ("@conagua_clima")
    let email = line.match_indices('@').any(|(i, _)| {
        line[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && line[i + 1..]
                .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                .next()
                .is_some_and(|d| d.contains('.'))
    });
    phone
        || email
        || [
            "Tel.", "Tel:", "Tél", "Mob.", "Mob:", "Fax", "fax.", "fax:", "Cell:",
        ]
        .iter()
        .any(|k| line.contains(k))
}

/// Whether a name is only points of the compass and words like "central",
/// "region", "province" ("North-West", "Eastern Region", "Centre-Nord").
pub(crate) fn is_compass_name(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "nord",
        "sud",
        "est",
        "ouest",
        "norte",
        "sur",
        "este",
        "oeste",
        "centro",
        "region",
        "province",
        "state",
        "department",
        "région",
        "región",
        "provincia",
        "département",
        "departamento",
        "upper",
        "lower",
        "middle",
        "grand",
    ];
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

/// Country names that are also given names ("Mauricio" is Spanish for
/// Mauritius).
const GIVEN_NAME_COUNTRIES: &[&str] = &[
    "Mauricio", "Jordan", "Chad", "Georgia", "Israel", "Salvador",
];

/// "el Presidente Mauricio Macri", "Jordan Smith": a country name that is
/// also a given name, followed by a capitalised word, is a person's name.
pub(crate) fn given_name_before_surname(body: &str, h: Hit) -> bool {
    GIVEN_NAME_COUNTRIES.contains(&&body[h.start..h.end])
        && body[h.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Words that may follow a place's name inside a longer proper noun that
/// still names the place ("Kachin State", "Kenge Town", "Kutupalong Camp").
const PLACE_HEADS: &[&str] = &[
    // "Galkacyo IDPs": the people of a place
    "idps",
    "idp",
    "state",
    "province",
    "region",
    "district",
    "county",
    "department",
    "governorate",
    "prefecture",
    "municipality",
    "city",
    "town",
    "village",
    "camp",
    "island",
    "islands",
    "valley",
    "area",
    "zone",
    "division",
    "sub-county",
    "subcounty",
    "woreda",
    "commune",
    "territory",
    "settlement",
    "township",
    "states",
    "provinces",
    "regions",
    "districts",
    "counties",
    "departments",
    "governorates",
    "municipalities",
    "camps",
    "refugee",
    "idp",
];

/// Function words that start sentences: a capital on them proves nothing
/// ("In Sarawak", "À Bruxelles").
const FUNCTION_WORDS: &[&str] = &[
    "in", "at", "on", "from", "to", "for", "by", "with", "and", "of", "the", "near", "across",
    "en", "dans", "à", "au", "aux", "de", "du", "des", "la", "le", "les", "el", "los", "las",
    "del", "y", "et", "por", "para", "desde", "hacia", "entre", "sur", "vers",
];

/// Words that may precede a place's name ("North Kivu", "Greater Monrovia",
/// "Rural Damascus", "Sud Kivu").
const PLACE_MODIFIERS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "rural", "new", "old", "nord", "sud", "est", "ouest", "norte",
    "sur", "alto", "bajo", "haut", "bas", "grand", "greater",
];

/// A one-word place name is joined to another capitalised word that makes
/// it part of a longer proper noun the vocabulary lacks: a person ("Luis
/// Restrepo", "Carolina Alejandra ... Molina", "Presidente Morales") or an
/// organisation ("Mentor Initiative", "Fundación Alberto Merani"). Division
/// words after it and compass words before it keep it a place, and so do
/// function words that start a sentence ("In Sarawak").
pub(crate) fn joined_to_name(body: &str, h: Hit) -> bool {
    let name = &body[h.start..h.end];
    if name.contains(' ') {
        return false;
    }
    // a name word: capitalised, not in capitals throughout ("SANTE", "UNFPA")
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
    };
    let listed = |list: &[&str], w: &str| list.iter().any(|m| m.eq_ignore_ascii_case(w));
    if let Some(prev) = body[..h.start].strip_suffix(' ') {
        let last = prev.rsplit([' ', '\n']).next().unwrap_or("");
        // a surname after a middle initial: "Kathryn E. Holt"
        let initial = last.len() == 2
            && last.ends_with('.')
            && last.starts_with(|c: char| c.is_ascii_uppercase());
        if initial
            && prev[..prev.len() - 2]
                .strip_suffix(' ')
                .and_then(|p| p.rsplit([' ', '\n']).next())
                .is_some_and(|g| capital(g) && !crate::normalize::is_lettered(g))
        {
            return true;
        }
        let clean = last.chars().all(|c| c.is_alphanumeric() || c == '-');
        if clean && capital(last) && !listed(PLACE_MODIFIERS, last) && !listed(FUNCTION_WORDS, last)
        {
            return true;
        }
    }
    if let Some(next) = body[h.end..].strip_prefix(' ') {
        let word: &str = next
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        if capital(word) && !listed(PLACE_HEADS, word) {
            return true;
        }
    }
    false
}

/// A minor place's name ("Kenge", "Simacota", "Sud") stands alone as a
/// proper noun: not joined to another name ([`joined_to_name`]), not glued
/// by a hyphen, not the first word of its sentence (a capital there proves
/// nothing) and, for a one-word name, not a word the report also writes in
/// lower case nearby ("antique", "raja").
pub(crate) fn stands_alone(body: &str, sents: &[Range<usize>], h: Hit) -> bool {
    let name = &body[h.start..h.end];
    if joined_to_name(body, h) || body[h.end..].starts_with('-') || body[..h.start].ends_with('-') {
        return false;
    }
    let si = sents.partition_point(|r| r.start <= h.start);
    let sent_start = si.checked_sub(1).map_or(0, |k| sents[k].start);
    if body[sent_start..h.start]
        .chars()
        .all(|c| !c.is_alphanumeric())
    {
        return false;
    }
    if !name.contains(' ') {
        let lower = name.to_lowercase();
        if lower != name {
            // (within a few pages around it: enough to know the word)
            let mut lo = h.start.saturating_sub(4000);
            while !body.is_char_boundary(lo) {
                lo -= 1;
            }
            let mut hi = (h.end + 4000).min(body.len());
            while !body.is_char_boundary(hi) {
                hi += 1;
            }
            let finder = memchr::memmem::Finder::new(lower.as_bytes());
            for at in finder.find_iter(&body.as_bytes()[lo..hi]).map(|k| k + lo) {
                let end = at + lower.len();
                let open = !body[..at].ends_with(char::is_alphanumeric);
                let close = !body[end..].starts_with(char::is_alphanumeric);
                if open && close {
                    return false;
                }
            }
        }
    }
    true
}

/// Phrases after which a list of countries names donors ("has been provided
/// by the United States, Germany, ...", "contributions from Japan").
pub(crate) const DONOR_CUES: &[&str] = &[
    "provided by",
    "funded by",
    "financed by",
    "donated by",
    "contributions from",
    "contribution from",
    "donations from",
    "funding from",
    "funds from",
    "support from",
    "generosity of",
    "donors such as",
    "donors including",
    "donors, including",
    "financé par",
    "financée par",
    "financés par",
    "contributions de",
    "contribution de",
    "financement de",
    "grâce à l'appui de",
    "grâce à l’appui de",
    "financiado por",
    "financiada por",
    "aporte de",
    "aportes de",
    "donación de",
    "contribución de",
    "contribuciones de",
];

/// Verbs after a country that make it a donor ("Japan has provided", "le
/// Canada a octroyé", "Catar donó").
const DONOR_VERBS: &[&str] = &[
    "provided",
    "pledged",
    "donated",
    "contributed",
    "funded",
    "committed",
    "granted",
    "a octroyé",
    "a accordé",
    "a financé",
    "a fait don",
    "donó",
    "aportó",
    "financió",
    "otorgó",
];

/// Text between two items of a list of names: commas, conjunctions,
/// articles, "with", capitalised names and their "(ACRONYM)"s.
pub(crate) fn list_gap(gap: &str) -> bool {
    gap.len() <= 120
        && !gap.contains(['.', ';', ':'])
        && gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                let w = w.trim_matches(|c: char| c == '(' || c == ')');
                w.is_empty()
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        w,
                        "and"
                            | "the"
                            | "et"
                            | "y"
                            | "la"
                            | "le"
                            | "les"
                            | "el"
                            | "los"
                            | "las"
                            | "de"
                            | "of"
                            | "with"
                            | "avec"
                            | "con"
                            | "as"
                            | "well"
                            | "&"
                    )
            })
}

/// Countries named as donors: in the list that follows a donor phrase in
/// their sentence (`cue_ends`: where the body's donor phrases end, found
/// with the names), or as the subject of a donor verb. Returns (start, end,
/// country row) of each such mention.
pub(crate) fn donors(
    body: &str,
    sents: &[Range<usize>],
    loc_spans: &[Span],
    rows: &[LocationRow],
    cue_ends: &[usize],
) -> Vec<(usize, usize, u32)> {
    let mut out = Vec::new();
    let is_country = |s: &Span| rows[s.idx].kind == "country";
    if !loc_spans.iter().any(is_country) {
        return out;
    }

    for r in sents {
        let a = loc_spans.partition_point(|s| s.start < r.start);
        let b = loc_spans.partition_point(|s| s.start < r.end);
        let spans = &loc_spans[a..b];
        if !spans.iter().any(is_country) {
            continue;
        }
        // the list after a donor phrase: countries and whatever else is
        // named between commas ("the European Union", "UN Funds")
        let c0 = cue_ends.partition_point(|&e| e <= r.start);
        let c1 = cue_ends.partition_point(|&e| e <= r.end);
        for &from in &cue_ends[c0..c1] {
            let mut at = from;
            for s in spans.iter().filter(|s| s.start >= from) {
                if s.start < at {
                    continue; // (a mention inside the one before)
                }
                if !list_gap(&body[at..s.start]) {
                    break;
                }
                if is_country(s) {
                    out.push((s.start, s.end, s.idx as u32));
                }
                at = s.end;
            }
        }
        for s in spans.iter().filter(|s| is_country(s) && s.end <= r.end) {
            let rest = body[s.end..r.end].trim_start();
            let rest = rest
                .strip_prefix("has also ")
                .or_else(|| rest.strip_prefix("has "))
                .or_else(|| rest.strip_prefix("have "))
                .or_else(|| rest.strip_prefix("also "))
                .unwrap_or(rest);
            if DONOR_VERBS.iter().any(|v| starts_with_ci(rest, v)) {
                out.push((s.start, s.end, s.idx as u32));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// How many distinct names (hit starts) have a sub-national reading in each
/// country. `readings` holds (hit start, country ISO3), one per reading.
pub(crate) fn place_texts_per_country<'a>(readings: &[(usize, &'a str)]) -> Vec<(&'a str, usize)> {
    let mut pairs: Vec<(&str, usize)> = readings.iter().map(|&(s, iso)| (iso, s)).collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut out: Vec<(&str, usize)> = Vec::new();
    for (iso, _) in pairs {
        match out.last_mut() {
            Some((last, n)) if *last == iso => *n += 1,
            _ => out.push((iso, 1)),
        }
    }
    out
}

/// Whether a place name is part of a larger name that is not the place: a
/// sea, lake, river or gulf ("South China Sea", "lac Tchad") or a unit
/// qualified after it ("Davao Oriental", "Zamboanga del Norte").
pub(crate) fn part_of_larger_name(body: &str, start: usize, end: usize) -> bool {
    const AFTER: &[&str] = &[
        " Sea",
        " Ocean",
        " Gulf",
        " River",
        " Basin",
        " del Norte",
        " del Sur",
        " Oriental",
        " Occidental",
        " del Este",
        " del Oeste",
        " Sibugay",
    ];
    const BEFORE: &[&str] = &[
        "lake ",
        "lac ",
        "lago ",
        "river ",
        "rivière ",
        "fleuve ",
        "río ",
        "rio ",
        "gulf of ",
        "golfe de ",
        "golfo de ",
        "sea of ",
        "mer de ",
        "mar de ",
        "bassin du ",
        "cuenca del ",
    ];
    let rest = &body[end..];
    if AFTER.iter().any(|a| {
        rest.starts_with(a)
            && !rest[a.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    }) {
        return true;
    }
    let mut b = start.saturating_sub(12);
    while !body.is_char_boundary(b) {
        b += 1;
    }
    let before = body[b..start].to_lowercase();
    BEFORE.iter().any(|w| before.ends_with(w))
}

/// The country segment of a facet path ("/Mali/Kidal" -> "Mali").
pub(crate) fn country_of_facet(facet: &str) -> &str {
    facet.split('/').nth(1).unwrap_or("")
}

/// Words that call a place a first-level division.
const DIVISION_WORDS: &[&str] = &[
    "region",
    "province",
    "state",
    "department",
    "governorate",
    "district",
    "county",
    "prefecture",
    "région",
    "département",
    "préfecture",
    "región",
    "provincia",
    "departamento",
    "estado",
    // its government: "la gobernación de Nariño", "the Governor of Kidal"
    "gobernación",
    "gobernador",
    "governor",
    "gouverneur",
];

/// Whether the words around a place name call it a region ("Kidal region",
/// "the province of Kidal", "región de Aysén").
pub(crate) fn names_a_region(body: &str, start: usize, end: usize) -> bool {
    let after = body[end..].trim_start_matches([' ', '\'', '’', 's']);
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let plural = |w: &str| w.eq_ignore_ascii_case("regions") || w.eq_ignore_ascii_case("provinces");
    DIVISION_WORDS.iter().any(|w| next.eq_ignore_ascii_case(w))
        || plural(next)
        || division_word_before(body, start)
            .is_some_and(|w| DIVISION_WORDS.contains(&w.as_str()) || plural(&w))
}

/// Whether a name stands inside a longer name after a capitalised word and
/// a connector ("Ministério da | Saúde", "Vigilância em | Saúde"), unless
/// that word calls it a place ("Región de | Valparaíso", "Municipio de").
pub(crate) fn after_name_and_connector(body: &str, start: usize) -> bool {
    const CONNECTORS: &[&str] = &[
        "da", "de", "do", "dos", "das", "del", "des", "du", "em", "en", "of", "di",
    ];
    const PLACE_WORDS: &[&str] = &[
        "municipio",
        "municipality",
        "ciudad",
        "city",
        "distrito",
        "commune",
        "ville",
        "village",
        "town",
    ];
    let mut words = body[..start].trim_end().rsplit(' ');
    let (Some(connector), Some(word)) = (words.next(), words.next()) else {
        return false;
    };
    let lower = word.to_lowercase();
    CONNECTORS.contains(&connector)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && !DIVISION_WORDS.contains(&lower.as_str())
        && !PLACE_WORDS.contains(&lower.as_str())
}

/// Whether the words before a place name call it one region ("the province
/// of Kidal", "del estado de Durango", "la région du Pool", "región Puno";
/// not "several regions of Zaire", a country).
pub(crate) fn division_before(body: &str, start: usize) -> bool {
    if !division_word_before(body, start).is_some_and(|w| DIVISION_WORDS.contains(&w.as_str())) {
        return false;
    }
    // "a nearby region of Zaire", "une région du Mali": part of a country
    let b = crate::extract::tokens::floor_boundary(body, start.saturating_sub(50));
    let before = body[b..start].to_lowercase();
    let mut words = before.split_whitespace().rev().skip(1);
    !words.by_ref().take(3).any(|w| {
        matches!(
            w,
            "a" | "an" | "un" | "une" | "una" | "another" | "each" | "every"
        )
    })
}

/// Words that call a place a second-level division.
const DISTRICT_WORDS: &[&str] = &[
    "district",
    "distrito",
    "municipality",
    "municipio",
    "commune",
    "comuna",
    "cantón",
    "canton",
    "territoire",
    "territory",
    "lga",
    "woreda",
    "upazila",
    "sub-county",
];

/// Whether the word before a place name calls it a district ("the district
/// of Kween", "en el distrito de Alto Inambari", "le territoire de Kalehe").
pub(crate) fn district_before(body: &str, start: usize) -> bool {
    division_word_before(body, start).is_some_and(|w| DISTRICT_WORDS.contains(&w.as_str()))
}

/// The word before a place name, past "of", "de", "du", "del", "de la",
/// lowercased.
fn division_word_before(body: &str, start: usize) -> Option<String> {
    let b = crate::extract::tokens::floor_boundary(body, start.saturating_sub(30));
    let before = body[b..start].to_lowercase();
    before
        .trim_end()
        .trim_end_matches(" of")
        .trim_end_matches(" de")
        .trim_end_matches(" du")
        .trim_end_matches(" del")
        .trim_end_matches(" de la")
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .map(str::to_string)
}

/// How far into the body a dateline may stand, in bytes (after a title the
/// body repeats).
pub(crate) const DATELINE_REACH: usize = 400;

/// Whether a place mention at `start..end` is a dateline's: the city a
/// release was issued from, not where things happen ("Kinshasa le 15
/// décembre 2017 - La MONUSCO...", "**20 décembre 2017, Kinshasa** –",
/// "MOGADISHU, 22 November 2017 –"): near the start of the body, next to a
/// day and month, then a dash.
pub(crate) fn in_dateline(body: &str, start: usize, end: usize) -> bool {
    if start > DATELINE_REACH {
        return false;
    }
    let after = &body[end..];
    // "CITY, le 15 décembre 2017 -", the city opening its line or sentence
    if let Some(rest) = Some(after)
        .filter(|_| opens_text(&body[..start]))
        .and_then(|after| after.strip_prefix(',').or(Some(after)))
        .and_then(|a| a.strip_prefix(' '))
        .and_then(skip_date)
    {
        return dash_follows(rest);
    }
    // "20 décembre 2017, CITY –"
    let before = body[..start].trim_end();
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    date_ends(before) && dash_follows(after)
}

/// The text after "[le |el ]15 décembre[ de][ 2017]" at the start of `s`.
fn skip_date(s: &str) -> Option<&str> {
    let s = ["le ", "el ", "on "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let s = &s[digits..];
    let s = s.strip_prefix("er").unwrap_or(s).strip_prefix(' ')?;
    let word = s.split(|c: char| !c.is_alphabetic()).next()?;
    if !is_month(word) {
        return None;
    }
    let s = &s[word.len()..];
    let s = s.strip_prefix('.').unwrap_or(s);
    let s = s.strip_prefix(" de").unwrap_or(s);
    let year = s
        .strip_prefix(' ')
        .filter(|y| y.len() >= 4 && y.as_bytes()[..4].iter().all(u8::is_ascii_digit));
    Some(year.map_or(s, |y| &y[4..]))
}

/// Whether `s` ends with "15 décembre 2017" that opens its line or
/// sentence (after bold marks).
fn date_ends(s: &str) -> bool {
    let mut words = s.rsplitn(3, ' ');
    let (Some(year), Some(month), Some(head)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let cut = head.rfind(|c: char| !c.is_ascii_digit()).map_or(0, |k| {
        k + head[k..].chars().next().map_or(1, char::len_utf8)
    });
    let day = &head[cut..];
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && is_month(month)
        && (1..=2).contains(&day.len())
        && opens_text(&head[..cut])
}

/// Whether what comes before a position leaves it opening a line or a
/// sentence (bold marks aside).
fn opens_text(before: &str) -> bool {
    let b = before.trim_end_matches(['*', ' ']);
    b.is_empty() || b.ends_with(['\n', '.', '!', '?', '»', '”'])
}

/// Whether a dash opens what follows, after bold marks and spaces.
fn dash_follows(s: &str) -> bool {
    let s = s.trim_start_matches(['*', ' ']);
    ["– ", "— ", "- ", "–", "—"]
        .iter()
        .any(|d| s.starts_with(d))
}

/// Words that name a storm before its given name ("Hurricane Harvey",
/// "Typhoon Haiyan", "el huracán Irma", "l'ouragan Matthew").
const STORM_WORDS: &[&str] = &[
    "hurricane ",
    "typhoon ",
    "super typhoon ",
    "tropical storm ",
    "tropical depression ",
    "tropical cyclone ",
    "cyclone ",
    "storm ",
    "huracán ",
    "huracan ",
    "tormenta tropical ",
    "tormenta ",
    "tifón ",
    "ciclón ",
    "depresión tropical ",
    "ouragan ",
    "typhon ",
    "tempête tropicale ",
    "tempête ",
];

/// The given names of the storms a text names ("Harvey" in "Hurricane
/// Harvey"): a place of that name in the same text is the storm ("Harvey
/// made landfall in Texas" is no town of Illinois). Only names the
/// gazetteer found can be read as places, so only `names` (the byte spans
/// of its hits) are looked at: a storm word must end right before one.
pub(crate) fn storm_names(body: &str, names: impl Iterator<Item = (usize, usize)>) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for (start, end) in names {
        // (every storm word ends with a space)
        if start == 0 || body.as_bytes()[start - 1] != b' ' {
            continue;
        }
        let name = &body[start..end];
        // a capitalised name, not a month or a word in capitals ("Storm
        // December", "STORM WARNING")
        if !(name.chars().count() >= 3
            && name.starts_with(char::is_uppercase)
            && name.chars().skip(1).all(char::is_lowercase))
        {
            continue;
        }
        // the whole word ("Harveys" is none)
        if body[end..].chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        let before = &body.as_bytes()[..start];
        let storm = STORM_WORDS.iter().any(|w| {
            let w = w.as_bytes();
            before.len() >= w.len()
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
                // a whole word: "Brainstorm X" is none
                && !body[..before.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        });
        if storm && !is_month(name) && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}
