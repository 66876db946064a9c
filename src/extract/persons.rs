//! Stage 3, extract: named persons — two or three capitalized words unknown
//! to the vocabularies, introduced by a role noun ("the ICRC’s regional
//! director ..., Ariane Bauer"), a title ("Dr. Jane Doe") or followed by a
//! reporting verb ("Jane Doe said").

use super::cues::{self, Cue};
use super::gazetteer::at_word_boundary;
use super::tokens::{Tok, TokKind};

/// A person's name in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct PersonHit {
    pub start: usize,
    pub end: usize,
    /// Start of the role noun that introduces the person, if any.
    pub role_start: Option<usize>,
    /// Start of the role noun of an appositive after the name ("David
    /// Heymann, WHO Executive Director"; "Jane Doe, regional director of").
    pub role_after: Option<usize>,
}

/// Capitalized words that are not parts of personal names.
const NOT_NAMES: &[&str] = &[
    // contact lines ("Dr Tanja Popovic Tel: +1 404 ...")
    "Tel",
    "Tél",
    "Fax",
    "Email",
    "Phone",
    "Mobile",
    "Cell",
    "Mob",
    // bodies and groups that speak
    "Comando",
    "Estratégico",
    "Operacional",
    "States",
    "Parties",
    "Expert",
    "Experts",
    "Derechos",
    "Humanos",
    "Antipersonal",
    "Mme",
    "Mlle",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sr",
    "Sra",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "By",
    "For",
    "From",
    "With",
    "According",
    "Following",
    "Since",
    "However",
    "Likewise",
    "Meanwhile",
    "Moreover",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Red",
    "Cross",
    "Crescent",
    "United",
    "Nations",
    "International",
    "Committee",
    "Human",
    "Rights",
    "Humanitarian",
    "Law",
    "Council",
    "Ministry",
    "Government",
    "Office",
    "Agency",
    "Programme",
    "Program",
    "Fund",
    "Organization",
    "Organisation",
    "Republic",
    "Federal",
    "National",
    "Health",
    "Emergency",
    "Affairs",
    "Foreign",
    "Defence",
    "Defense",
    "Security",
    "Forces",
    "Army",
    "Police",
    "Union",
    "European",
    "African",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Asia",
    "Europe",
    "Africa",
    "America",
    "Middle",
    "World",
    "Global",
    "Regional",
    "Province",
    "District",
    "State",
    "City",
    "Region",
    "Camp",
    "Street",
    "Hospital",
    "School",
    "University",
    "Coordinator",
    "Representative",
    "Spokesperson",
    "Secretary",
    "General",
    "Special",
    "Envoy",
    "Chief",
    "Head",
    "President",
    "Prime",
    "Minister",
    "Director",
    "Deputy",
    "Señor",
    "Señora",
    "Excelentísimo",
    "Excelentísima",
    "Monsieur",
    "Madame",
    "Excellence",
    "Don",
    "Doña",
    "Ambassador",
    "Commissioner",
    "Governor",
    "Mayor",
    "Commander",
    "Officer",
    "Official",
    "Chairman",
    "Chairperson",
    "Chair",
    "Adviser",
    "Advisor",
    "Manager",
    "Delegate",
    "Ombudsman",
    "Leader",
    "Founder",
    "Administrator",
    "Rapporteur",
    "Excellency",
    "Sir",
    "Madam",
    "Colonel",
    "Captain",
    "Lieutenant",
    "Major",
    "Sheikh",
    "Senator",
    "Strategic",
    "Framework",
    "Executive",
    "Assistant",
    "Relief",
    "Resident",
    "Country",
    "Annual",
    "Statement",
    "Press",
    "Release",
    "Report",
    "Update",
    "Situation",
    "Flash",
    "Appeal",
    "Plan",
    "Response",
    "Operations",
    "Mission",
    "Team",
    "Group",
    "Network",
    "Cluster",
    "Sector",
    "Food",
    "Water",
    "Shelter",
    "Protection",
    "Education",
    "Nutrition",
    "Second",
    "First",
    "War",
    "Day",
    "Covid",
    "COVID",
    "Ebola",
    "Cholera",
    "Disease",
    "Outbreak",
    "Bank",
    "Institute",
    "Centre",
    "Center",
    "Society",
    "Foundation",
    "Service",
    "Services",
    "Department",
    "Commission",
    "Court",
    "Assembly",
    "Party",
    "Movement",
    "Front",
    "Alliance",
    "Coalition",
    "Church",
    "Islamic",
    "Muslim",
    "Christian",
    "Catholic",
    "Mount",
    "Lake",
    "River",
    "Island",
    "Islands",
    "Bay",
    "Sea",
    "Ocean",
    "Gulf",
    "Valley",
    "Highway",
    "Road",
    "Avenue",
    "Airport",
    "Port",
    "Bridge",
    "Market",
    "Square",
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Storm",
    "Tropical",
    "Earthquake",
    "Flood",
    "Floods",
    "Twitter",
    "Facebook",
    "Telegram",
    "They",
    "We",
    "He",
    "She",
    "It",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "Civilian",
    "Civilians",
    "Anti",
    "Agreement",
    "Ceasefire",
    "Peace",
    "Also",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "During",
    "Despite",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Le",
    "La",
    "Les",
    "El",
    "Los",
    "Las",
    "Des",
    "Del",
    "De",
    // capitalised roles and titles ("la Secrétaire Générale", "Compañera")
    "Secrétaire",
    "Générale",
    "Général",
    "Secretario",
    "Secretaria",
    "Directeur",
    "Directrice",
    "Directora",
    "Ministre",
    "Ministro",
    "Ministra",
    "Président",
    "Présidente",
    "Presidente",
    "Gouverneur",
    "Gobernador",
    "Gobernadora",
    "Intendente",
    "Alcalde",
    "Alcaldesa",
    "Maire",
    "Sœur",
    "Soeur",
    "Compañera",
    "Compañero",
    "Hermana",
    "Hermano",
    "Unit",
    "Business",
    "Communications",
    "Email",
    "Distrito",
    "Departamento",
    "Municipio",
    "Provincia",
];

/// Whether the place name starting at `start` is the surname of a "Given
/// Surname" pair ("Anarelys Rodríguez": Rodriguez is also a city of the
/// Philippines): a name word one space before it that no actor or location
/// of `taken` claims.
pub(crate) fn surname_after_given_name(
    body: &str,
    toks: &[Tok],
    taken: &[(usize, usize)],
    start: usize,
) -> bool {
    let k = toks.partition_point(|t| t.start < start);
    if k == 0 || toks.get(k).is_none_or(|t| t.start != start) {
        return false;
    }
    let p = toks[k - 1];
    let given = &body[p.start..p.end];
    body[p.end..start] == *" "
        && is_name_word(body, &p)
        // "Nueva York", "Port Moresby": words that open places' names
        && !PLACE_OPENERS.contains(&given)
        // "Caritas-Développement Bukavu"
        && !body[..p.start].ends_with('-')
        && !nominal(given)
        && !taken.iter().any(|&(a, b)| a < p.end && p.start < b)
}

/// Capitalised words that open places' names ("Nueva York", "San José",
/// "Port Moresby"): a place name after one is no surname.
const PLACE_OPENERS: &[&str] = &[
    "New", "Nueva", "Nuevo", "Nouvelle", "Nouveau", "San", "Santa", "Santo", "São", "Saint",
    "Sainte", "St", "Port", "Porto", "Puerto", "Fort", "Mount", "Mont", "Lake", "Cape", "Cabo",
    "Ciudad", "Villa", "Ville", "Isla", "Grand", "Gran", "Grande", "Little", "Upper", "Lower",
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Greater", "Old", "Bahía", "Golfe", "Gulf", "Río", "Rio", "Lac",
];

/// Whether a capitalised word reads as a noun of a name of things, not of
/// a person ("Coordination", "Développement", "Educación").
fn nominal(w: &str) -> bool {
    [
        "tion", "ment", "ity", "ance", "ence", "ship", "ism", "ness", "work", "ives", "ción",
        "sión",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

fn is_name_word(body: &str, t: &Tok) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    let w = &body[t.start..t.end];
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && w.chars().count() >= 2
        && w.chars().skip(1).any(|c| c.is_lowercase())
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}')
        && !not_name(w)
        && !w.ends_with("\u{2019}s")
        && !w.ends_with("'s")
}

/// A capitalised word of [`NOT_NAMES`] (a set: the list is long and this is
/// asked of every capitalised word).
fn not_name(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_NAMES.iter().copied().collect())
        .contains(w)
}

/// Finds persons in one sentence. `cues` are the sentence's cues (byte
/// spans), `taken` the spans already claimed by actors and locations.
/// `orgs` are the sentence's organisation mentions (sorted), a subset of
/// `taken`.
pub(crate) fn find(
    body: &str,
    toks: &[Tok],
    cues: &[(usize, usize, Cue)],
    taken: &[(usize, usize)],
    orgs: &[(usize, usize)],
) -> Vec<PersonHit> {
    let mut out = Vec::new();
    // `taken` and `cues` are sorted by start
    let overlaps = |s: usize, e: usize| {
        let k = taken.partition_point(|&(a, _)| a < e);
        taken[..k].iter().rev().take(4).any(|&(_, b)| s < b)
    };
    let cue_starting = |s: usize| {
        let k = cues.partition_point(|c| c.0 < s);
        cues.get(k).filter(|c| c.0 == s).map(|c| c.2)
    };
    let cue_ending = |e: usize| {
        let k = cues.partition_point(|c| c.0 < e);
        cues[..k]
            .iter()
            .rev()
            .take(3)
            .find(|c| c.1 == e)
            .map(|c| (c.0, c.2))
    };
    let mut i = 0;
    while i < toks.len() {
        if !is_name_word(body, &toks[i]) || overlaps(toks[i].start, toks[i].end) {
            i += 1;
            continue;
        }
        // a capitalised role, title or cue ("son Président Miroslav Lajčák",
        // "Presidente Morales", "Según Alejandro Ramos") introduces the name,
        // it is not part of it
        if cue_starting(toks[i].start).is_some() {
            i += 1;
            continue;
        }
        // extend: words joined by one space or a hyphen
        let mut j = i + 1;
        let mut words = 1;
        let mut with_particle = false;
        while j < toks.len() {
            let gap = &body[toks[j - 1].end..toks[j].start];
            let word = &body[toks[j].start..toks[j].end];
            if gap == " " && words >= 2 && matches!(word, "II" | "III" | "IV" | "Jr") {
                // a generational suffix ends the name: "Francisco T. Duque
                // III", "Martin Luther King Jr." (its period, not a full stop)
                j += 1;
                if word == "Jr"
                    && toks
                        .get(j)
                        .is_some_and(|t| t.start == toks[j - 1].end && &body[t.start..t.end] == ".")
                {
                    j += 1;
                }
                break;
            } else if gap == " "
                && is_name_word(body, &toks[j])
                && !overlaps(toks[j].start, toks[j].end)
            {
                words += 1;
                j += 1;
            } else if gap == " "
                && j + 2 < toks.len()
                && word.len() == 1
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && &body[toks[j + 1].start..toks[j + 1].end] == "."
                && toks[j + 1].start == toks[j].end
                && body[toks[j + 1].end..toks[j + 2].start] == *" "
                && is_name_word(body, &toks[j + 2])
            {
                // a middle initial: "Daniel V. Speckhard"
                j += 2;
            } else if let Some(n) = particles_before_name(body, toks, j, gap) {
                // "Leonardo de la Prida", "Antonino de Leo", "Ursula von der Leyen"
                words += 1;
                j += n + 1;
                with_particle = true;
            } else if gap.is_empty()
                && &body[toks[j].start..toks[j].end] == "-"
                && j + 1 < toks.len()
                && toks[j + 1].start == toks[j].end
                && is_name_word(body, &toks[j + 1])
            {
                j += 2;
            } else {
                break;
            }
        }
        let last_word = &body[toks[j - 1].start..toks[j - 1].end];
        // "Conférence de Vancouver", "Oficina de Lima": a name of things
        // with its complement
        let first_word = &body[toks[i].start..toks[i].end];
        if !(2..=4).contains(&words) || nominal(last_word) || (with_particle && nominal(first_word))
        {
            i = j;
            continue;
        }
        let (start, end) = (toks[i].start, toks[j - 1].end);
        // part of a longer proper name ("Wits Reproductive Health Institute")?
        let capital_next = toks.get(j).is_some_and(|n| {
            body[end..n.start] == *" "
                && body[n.start..n.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
        let capital_prev = i > 0 && {
            let p = toks[i - 1];
            body[p.end..start] == *" "
                && body[p.start..p.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && cue_ending(p.end).is_none()
        };
        // what is before and after
        let prev = i.checked_sub(1).map(|p| toks[p]);
        let prev_cue = prev.and_then(|p| cue_ending(p.end));
        // "le porte-parole du HCR Adrian Edwards", "spokesperson for UNHCR
        // Andrej Mahecic": a role, its organisation, then the name
        let role_org = if capital_next || prev_cue.is_some() {
            None
        } else {
            prev.and_then(|p| role_before_org(body, cues, orgs, p.end, start))
                // "Executive Secretary UN Climate Change": words the text
                // also writes in lower case are no name
                .filter(|_| {
                    !toks[i..j].iter().any(|t| {
                        let w = body[t.start..t.end].to_lowercase();
                        w != body[t.start..t.end] && has_whole_word(body, &w)
                    })
                })
        };
        if capital_next || (capital_prev && role_org.is_none()) {
            i = j;
            continue;
        }
        // a title just before, possibly cut off by the sentence splitter ("Dr. | Jane")
        let title_before = i == 0 && {
            let before = body[..start].trim_end();
            [
                "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "M.", "Gen.", "Col.", "Lt.", "Atty.", "Hon.",
                "Sen.", "Rep.", "Sgt.", "Capt.", "Maj.",
            ]
            .iter()
            .any(|t| {
                before.ends_with(t)
                    && !before[..before.len() - t.len()]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
            })
        };
        let direct = title_before
            || role_org.is_some()
            || matches!(prev_cue, Some((_, Cue::Role | Cue::Title)));
        // "..., said Jane Doe", "a déclaré en substance Jean-Pierre Lacroix";
        // not "urged Member States": a verb's object is no speaker
        let speaks_after = |cue: Option<(usize, Cue)>, end: usize| {
            cue.is_some_and(|(s, c)| {
                c == Cue::Report && !cues::takes_object(&body[s..end].to_lowercase())
            })
        };
        let after_report = prev.is_some_and(|p| speaks_after(prev_cue, p.end)) || {
            let mut k = i;
            let mut found = false;
            while k > 0 && i - k < 3 {
                k -= 1;
                let t = toks[k];
                if speaks_after(cue_ending(t.end), t.end) {
                    found = k + 1 < i;
                    break;
                }
                let lower_word = t.kind == TokKind::Word
                    && body[t.start..t.end].chars().all(|c| c.is_lowercase());
                if !lower_word {
                    break;
                }
            }
            found
        };
        // a role noun within the 30 tokens before
        let lo = toks[i.saturating_sub(30)].start;
        let k = cues.partition_point(|c| c.0 < start);
        let role = cues[..k]
            .iter()
            .rev()
            .take_while(|c| c.0 >= lo)
            .find(|c| c.2 == Cue::Role && c.1 <= start)
            .map(|c| c.0);
        let after_comma = prev.is_some_and(|p| &body[p.start..p.end] == ",");
        let appositive = after_comma && role.is_some();
        let next = toks.get(j);
        let next2 = toks.get(j + 1);
        let reported = next.is_some_and(|n| cue_starting(n.start) == Some(Cue::Report))
            || (next.is_some_and(|n| &body[n.start..n.end] == ",")
                && next2.is_some_and(|n| cue_starting(n.start) == Some(Cue::Report)));
        // "Jane Doe, regional director of ...", "Pierre Verbeeren, directeur de"
        let role_after_at = next.filter(|n| &body[n.start..n.end] == ",").and_then(|_| {
            toks.iter()
                .skip(j + 1)
                .take(4)
                .find(|t| cue_starting(t.start) == Some(Cue::Role))
                .map(|t| t.start)
        });
        let role_after = role_after_at.is_some();
        // "Executive Director for Communicable Diseases", "Minister of
        // Foreign Affairs": capitalised words after a role and its
        // preposition are the role's field, not a name
        let field_of_role = i >= 2 && {
            let p = toks[i - 1];
            matches!(
                &body[p.start..p.end],
                "for" | "of" | "pour" | "de" | "del" | "du" | "des"
            ) && cue_ending(toks[i - 2].end).is_some_and(|(_, c)| c == Cue::Role)
        };
        if field_of_role {
            i = j;
            continue;
        }
        // a name with particles needs a strong cue: "Distrito de Juliaca" and
        // "Mercadotecnia de Esicuba" follow the same pattern
        let strong = direct || reported || after_report || role_after;
        if strong || (!with_particle && appositive) {
            let role_start = if direct {
                prev_cue.map(|c| c.0).or(role_org)
            } else {
                role
            };
            out.push(PersonHit {
                start,
                end,
                role_start,
                role_after: role_after_at,
            });
        }
        i = j;
    }
    out
}

/// The start of the role noun of "ROLE of ORG NAME" when an organisation's
/// span (of `orgs`) ends at `org_end`, one space before the name at
/// `name_start`, and only connecting words ("du", "of the", "for") lie
/// between the role and the organisation.
fn role_before_org(
    body: &str,
    cues: &[(usize, usize, Cue)],
    orgs: &[(usize, usize)],
    org_end: usize,
    name_start: usize,
) -> Option<usize> {
    const LINKS: &[&str] = &[
        "of", "the", "for", "du", "de", "la", "des", "l'", "del", "d'",
    ];
    if body[org_end..name_start] != *" " {
        return None;
    }
    let k = orgs.partition_point(|&(a, _)| a < org_end);
    let &(org_start, _) = orgs[..k].iter().rev().find(|&&(_, b)| b == org_end)?;
    let c = cues.partition_point(|c| c.0 < org_start);
    let (role_start, role_end, _) = *cues[..c]
        .iter()
        .rev()
        .take(3)
        .find(|c| c.2 == Cue::Role && c.1 <= org_start)?;
    let gap = body[role_end..org_start].replace(['\'', '’'], "' ");
    let words: Vec<&str> = gap.split_whitespace().collect();
    (words.len() <= 3 && words.iter().all(|w| LINKS.contains(w))).then_some(role_start)
}

/// `word` occurs in `body` as a whole word, exactly.
pub(crate) fn has_whole_word(body: &str, word: &str) -> bool {
    body.match_indices(word)
        .any(|(k, _)| at_word_boundary(body, k, k + word.len()))
}

/// Lower-case particles inside a personal name, in the longest-first order
/// they are tried.
const PARTICLES: &[&[&str]] = &[
    &["de", "la"],
    &["de", "los"],
    &["van", "der"],
    &["von", "der"],
    &["van", "den"],
    &["de"],
    &["del"],
    &["da"],
    &["di"],
    &["do"],
    &["dos"],
    &["das"],
    &["van"],
    &["von"],
    &["bin"],
    &["ben"],
    &["ould"],
];

/// How many particle tokens start at `j` (after a one-space `gap`) and are
/// followed, after one space, by a name word: "de la | Prida".
fn particles_before_name(body: &str, toks: &[Tok], j: usize, gap: &str) -> Option<usize> {
    if gap != " " {
        return None;
    }
    PARTICLES.iter().find_map(|p| {
        let n = p.len();
        let words = toks.get(j..j + n)?;
        let name = toks.get(j + n)?;
        let joined = words.iter().zip(p.iter()).enumerate().all(|(k, (t, w))| {
            &body[t.start..t.end] == *w && (k == 0 || &body[words[k - 1].end..t.start] == " ")
        });
        // one surname after the particles: "Visite de Jean Pierre Lacroix"
        // is a visit by a two-word name, not a person called "Visite"
        let another = toks
            .get(j + n + 1)
            .is_some_and(|t| &body[name.end..t.start] == " " && is_name_word(body, t));
        (joined
            && &body[words[n - 1].end..name.start] == " "
            && is_name_word(body, name)
            && !another)
            .then_some(n)
    })
}

/// Later mentions of persons by surname alone ("M. Lajčák a annoncé", "Beasley
/// said"): a capitalised word equal to the last word of a person already
/// named in full, standing alone (no capitalised word joined to it), outside
/// `taken`. `known` holds (surname, actor index); returns (start, end, actor).
pub(crate) fn surname_mentions(
    body: &str,
    toks: &[Tok],
    known: &[(String, usize)],
    taken: &[(usize, usize)],
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    if known.is_empty() {
        return out;
    }
    let capital_at = |k: usize, gap: &str| {
        toks.get(k).is_some_and(|t| {
            gap == " "
                && t.kind == TokKind::Word
                && body[t.start..t.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
    };
    for (i, t) in toks.iter().enumerate() {
        if !is_name_word(body, t) || taken.iter().any(|&(a, b)| a < t.end && t.start < b) {
            continue;
        }
        let w = &body[t.start..t.end];
        let Some(&(_, actor)) = known.iter().find(|(s, _)| s == w) else {
            continue;
        };
        // the surname's own particle, capitalised ("agregó De Leo" for
        // Antonino de Leo) is part of the mention
        let particle = i > 0 && {
            let p = toks[i - 1];
            let pw = body[p.start..p.end].to_lowercase();
            body[p.end..t.start] == *" " && PARTICLES.iter().any(|x| x.len() == 1 && x[0] == pw)
        };
        let prev_joined = i > 0 && !particle && {
            let p = toks[i - 1];
            let pw = &body[p.start..p.end];
            // a title is fine ("Mr. Beasley", "M. Lajčák")
            !TITLES_BEFORE_SURNAME.contains(&pw) && capital_at(i - 1, &body[p.end..t.start])
        };
        let next_joined = toks
            .get(i + 1)
            .is_some_and(|n| capital_at(i + 1, &body[t.end..n.start]));
        if !prev_joined && !next_joined {
            let start = if particle { toks[i - 1].start } else { t.start };
            out.push((start, t.end, actor));
        }
    }
    out
}

/// Titles that may stand before a surname (the tokenizer splits off the dot).
const TITLES_BEFORE_SURNAME: &[&str] = &[
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Prof",
    "M",
    "Mme",
    "Sr",
    "Sra",
    "Dra",
    "Président",
    "President",
    "Presidente",
    "Minister",
    "Ministre",
    "Ministro",
    "General",
    "Général",
];
