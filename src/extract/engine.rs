//! Stage 3, extract: the engine — runs the matchers over one report and
//! assembles actors (vocabulary, generated and persons), locations and claims
//! with counts, locations and attribution.

// (per-document maps and sets hash small keys: the fast hasher)
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use super::attribution::{
    actor_subject_gap, after_preposition, apposition_gap, authority_head, authority_tail,
    country_role_gap, definite_before, for_opener, heads_next, inverted_subject_gap, lead_ins,
    opens_sentence, passive_agent, past_brackets, qualified_elsewhere, source_lines, subject_gap,
    titled_person, AUX, PRONOUNS,
};
use super::claims::{self, states_a_lack, Trigger, TriggerSet};
use super::cues::{self, Cue};
use super::gazetteer::{self, at_word_boundary, Hit, Matcher, MatcherBuilder};
use super::modality;
use super::numbers;
use super::orgs;
use super::persons;
use super::places::{
    after_name_and_connector, country_of_facet, district_before, division_before, donors,
    given_name_before_surname, is_compass_name, joined_to_name, list_gap, names_a_region,
    on_contact_line_cached, part_of_larger_name, place_texts_per_country, stands_alone,
    storm_names, DONOR_CUES,
};
use super::speaker::{self, Named};
use super::tokens::{
    ends_with_ci, floor_boundary, starts_with_ci, tokenize, CharIndex, Tok, TokKind,
};
use super::vocab::{self, ActorRow, LocationRow};
use super::{Actor, Claim, Extraction, Location, Mention};
use crate::lang::Language;
use crate::normalize::Text;

/// What a name in the text stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Name {
    Loc(u32),
    Actor(u32),
    /// "de facto authorities": the authorities of the nearest region.
    DeFacto,
    /// "the armed forces", "the army": the military of the nearest country.
    Army,
    /// "the police", "la policía", "Carabineros": the police of the country
    /// named with it, else of the report's main country.
    Police,
    /// "Ministry of Health", "les autorités": the government of the country
    /// named right after, else of the report's main country.
    StateBody,
    /// "the Secretary-General": an actor only in a document about it
    /// (index into `Engine::context_names`).
    InContext(u32),
    /// A capitalised head word of organisations' names ("Foundation",
    /// "Alcaldía"): where `orgs::names` looks.
    OrgHead,
    /// "provided by", "contributions from": a list of donors follows.
    DonorCue,
}

pub(crate) struct Engine {
    locations: Vec<LocationRow>,
    actors: Vec<ActorRow>,
    names: Matcher<Name>,
    military_by_iso: HashMap<String, u32>,
    police_by_iso: HashMap<String, u32>,
    actor_by_facet: HashMap<String, u32>,
    short_by_iso: HashMap<String, String>,
    country_row_by_iso: HashMap<String, u32>,
    /// `schema/context_names.tsv`: (actor row, context facet prefixes).
    context_names: Vec<(u32, Vec<&'static str>)>,
    /// Divisions known by number ("Region VIII"): (numeral, row).
    numbered_regions: Vec<(String, u32)>,
    triggers: [TriggerSet; 3],
}

fn lang_slot(lang: Language) -> usize {
    match lang {
        Language::Fr => 1,
        Language::Es => 2,
        _ => 0,
    }
}

/// Replaces `/` so a name can be one facet segment.
fn seg(s: &str) -> String {
    s.trim().replace('/', "-")
}

struct ActorAcc {
    name: String,
    facet: String,
    kind: String,
    country: Option<String>,
    organisation: Option<String>,
    mentions: Vec<(usize, usize)>,
}

impl ActorAcc {
    /// Who a claim this actor makes is attributed to: the organisation a
    /// person speaks for, else the actor itself.
    fn speaks_for(&self) -> String {
        self.organisation
            .clone()
            .unwrap_or_else(|| self.facet.clone())
    }
}

#[derive(Clone, Copy)]
pub(crate) struct Span {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// index into `Doc::actors` or location row
    pub(crate) idx: usize,
}

#[derive(Default)]
struct Doc {
    actors: Vec<ActorAcc>,
    actor_idx: HashMap<String, usize>,
    locs: Vec<(u32, Vec<(usize, usize)>)>,
    loc_idx: HashMap<u32, usize>,
    actor_spans: Vec<Span>,
    loc_spans: Vec<Span>,
}

impl Doc {
    /// Forgets the location mentions inside `(start, end)`.
    fn drop_locations_within(&mut self, (start, end): (usize, usize)) {
        let inside = |a: usize, b: usize| start <= a && b <= end;
        self.loc_spans.retain(|s| !inside(s.start, s.end));
        for (_, ms) in &mut self.locs {
            ms.retain(|&(a, b)| !inside(a, b));
        }
    }

    /// Forgets the location mentions that straddle an edge of `(start, end)`.
    fn drop_locations_overlapping(&mut self, (start, end): (usize, usize)) {
        let straddles = |a: usize, b: usize| a < end && start < b;
        self.loc_spans.retain(|s| !straddles(s.start, s.end));
        for (_, ms) in &mut self.locs {
            ms.retain(|&(a, b)| !straddles(a, b));
        }
    }

    /// Gives actor `i` another facet and name (its mentions stay).
    fn rename_actor(&mut self, i: usize, facet: &str, name: &str) {
        let old = std::mem::replace(&mut self.actors[i].facet, facet.to_string());
        self.actors[i].name = name.to_string();
        self.actor_idx.remove(&old);
        self.actor_idx.insert(facet.to_string(), i);
    }

    fn add_actor(
        &mut self,
        facet: &str,
        name: &str,
        kind: &str,
        country: Option<&str>,
        span: (usize, usize),
    ) -> usize {
        let i = match self.actor_idx.get(facet) {
            Some(&i) => i,
            None => {
                self.actors.push(ActorAcc {
                    name: name.to_string(),
                    facet: facet.to_string(),
                    kind: kind.to_string(),
                    country: country.filter(|c| !c.is_empty()).map(str::to_string),
                    organisation: None,
                    mentions: Vec::new(),
                });
                self.actor_idx
                    .insert(facet.to_string(), self.actors.len() - 1);
                self.actors.len() - 1
            }
        };
        // spans come in text order, so a repeat is among the last few
        if !self.actors[i]
            .mentions
            .iter()
            .rev()
            .take(8)
            .any(|m| *m == span)
        {
            self.actors[i].mentions.push(span);
            // callers sort `actor_spans` (stable: linear on nearly sorted runs)
            self.actor_spans.push(Span {
                start: span.0,
                end: span.1,
                idx: i,
            });
        }
        i
    }

    fn add_loc(&mut self, row: u32, span: (usize, usize)) {
        let i = *self.loc_idx.entry(row).or_insert_with(|| {
            self.locs.push((row, Vec::new()));
            self.locs.len() - 1
        });
        self.locs[i].1.push(span);
        self.loc_spans.push(Span {
            start: span.0,
            end: span.1,
            idx: row as usize,
        });
    }
}

/// A UN peace mission of one country ("United Nations Mission in South
/// Sudan", "UN Verification Mission in Colombia", "United Nations Interim
/// Force in Lebanon").
fn is_un_mission(a: &ActorAcc) -> bool {
    a.kind == "humanitarian"
        && a.country.is_some()
        && (a.name.contains("United Nations") || a.name.starts_with("UN "))
        && ["Mission", "Force", "Operation"]
            .iter()
            .any(|w| a.name.split(' ').any(|x| x == *w))
}

/// The words after "UN" make it the modifier of a peace mission's
/// people, places or means ("UN peacekeepers", "UN protected site", "UN
/// Mission staff"; "UN staff" may be any agency's).
fn mission_modifier(after: &str) -> bool {
    const NOUNS: &[&str] = &[
        "peacekeepers",
        "peacekeeper",
        "peacekeeping",
        "base",
        "bases",
        "patrol",
        "patrols",
        "protected",
        "protection",
        "troops",
        "soldiers",
        "forces",
        "compound",
        "convoy",
        "camp",
        "contingent",
        "mission",
        "Mission",
        "helicopter",
        "vehicle",
        "vehicles",
        "positions",
        "blue",
    ];
    after.strip_prefix(' ').is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        NOUNS.contains(&word)
    })
}

/// The first of coordinated actors ending with `s` ("ICRC and MSF",
/// "Police and disaster officials", "WFP, OCHA and IOM"): a comma, or
/// `and`/`et`/`y` and at most two lowercase words, between two spans in
/// `spans` (sorted); none when they follow a preposition.
fn first_conjunct<'a>(body: &str, spans: &'a [Span], s: &'a Span) -> Option<&'a Span> {
    let mut first = s;
    // a comma joins only before an "and" ("A, B and C said"): "founded by
    // HALO and MAG, Prince Harry said" is no list
    let mut listed = false;
    loop {
        let k = spans.partition_point(|p| p.start < first.start);
        let Some(p) = spans[..k].iter().rev().find(|p| p.end <= first.start) else {
            return Some(first);
        };
        let gap = &body[p.end..first.start];
        let mut words = gap.split_whitespace();
        let and = matches!(words.next(), Some("and" | "et" | "y"))
            && words.clone().count() <= 2
            && words.all(|w| w.chars().all(char::is_lowercase));
        if !(and || (listed && gap == ", ")) {
            return Some(first);
        }
        // coordinated after a preposition, they are no subject: "conducted
        // by the Ministry of Health and WHO indicated" is neither's word
        if after_preposition(&body[..p.start]) {
            return None;
        }
        listed = true;
        first = p;
    }
}

/// The one country of the readings seen so far, with one more reading in
/// `iso`: None before any, Some(None) once two countries differ.
fn same_country<'a>(seen: Option<Option<&'a str>>, iso: &'a str) -> Option<Option<&'a str>> {
    match seen {
        None => Some(Some(iso)),
        Some(Some(c)) if c == iso => Some(Some(c)),
        _ => Some(None),
    }
}

/// Whether facet path `child` lies strictly below `parent`
/// ("/Colombia/Guaviare/Miraflores" below "/Colombia/Guaviare").
fn facet_under(child: &str, parent: &str) -> bool {
    child.len() > parent.len()
        && child.starts_with(parent)
        && child.as_bytes()[parent.len()] == b'/'
}

/// The spans that lie inside `from..to` (spans sorted by start).
fn within(spans: &[Span], from: usize, to: usize) -> impl Iterator<Item = &Span> {
    let a = spans.partition_point(|s| s.start < from);
    let b = spans.partition_point(|s| s.start < to);
    spans[a..b].iter().filter(move |s| s.end <= to)
}

/// A state's army without its name ("the army", "l'armée", "el Ejército").
/// Lower-case forms match in any case; a capitalised form is a proper noun
/// and matches only capitalised.
const ARMY_FORMS: &[&str] = &[
    "armed forces",
    "army",
    "armée",
    "forces armées",
    "ejército",
    "fuerzas armadas",
    "Fuerzas Militares",
];

/// A state's police without its name ("the police", "la policía").
const POLICE_FORMS: &[&str] = &[
    "police",
    "police officers",
    "policemen",
    "National Police",
    "policiers",
    "gendarmerie",
    "policía",
    "Policía Nacional",
    "Carabineros",
];

/// What follows "UN" when it only qualifies a class of things or others
/// ("UN agencies", "UN-led", "UN protection site", "the UN Migration
/// Agency" after IOM).
const UN_MODIFIED: &[&str] = &[
    "-led",
    "-backed",
    "-brokered",
    "-run",
    "-managed",
    "-supported",
    " agencies",
    " agency",
    " system",
    " member states",
    " protection site",
    " protection of civilians",
    " poc",
    " funds and agencies",
    " migration agency",
    " refugee agency",
    " health agency",
    " family",
];

/// Whether a name sits in a phase of its scale: "IPC Phase 3", "IPC phase
/// 1", "phase 3 de l’IPC", "fase 3 de la CIF".
fn phase_of_scale(before: &str, after: &str) -> bool {
    let digit_after = |s: &str| s.trim_start().starts_with(|c: char| c.is_ascii_digit());
    let after_phase = ["Phase", "phase", "fase", "Fase"].iter().any(|p| {
        after
            .strip_prefix(' ')
            .and_then(|a| a.strip_prefix(p))
            .is_some_and(digit_after)
    });
    // (the last few words only)
    let mut from = before.len().saturating_sub(32);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let before = before[from..].trim_end();
    let before = ["de l’", "de l'", "de la", "of the", "du", "del"]
        .iter()
        .find_map(|l| before.strip_suffix(l))
        .unwrap_or(before)
        .trim_end()
        .trim_end_matches('+');
    let numbered = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let before_phase = numbered.len() < before.len()
        && ["phase", "fase"]
            .iter()
            .any(|p| numbered.trim_end().to_lowercase().ends_with(p));
    after_phase || before_phase
}

fn un_modifier(after: &str) -> bool {
    UN_MODIFIED
        .iter()
        .any(|m| starts_with_ci(after, m) && !after[m.len()..].starts_with(char::is_alphanumeric))
}

/// A person's name compared loosely: case, hyphens and dots aside.
pub(crate) fn person_key(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '.')
        .map(|c| if c == '-' { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Sentence ranges that are safe to slice; the whole body when none are.
fn sentences(text: &Text) -> Vec<Range<usize>> {
    let body = &text.body;
    let mut out: Vec<Range<usize>> = text
        .sentences
        .iter()
        .filter(|r| {
            r.start <= r.end
                && r.end <= body.len()
                && body.is_char_boundary(r.start)
                && body.is_char_boundary(r.end)
        })
        .cloned()
        .collect();
    out.sort_by_key(|r| r.start);
    if out.is_empty() && !body.is_empty() {
        out.push(0..body.len());
    }
    out
}

/// Longest claim text (bytes) before a window around the trigger is used.
const MAX_SENTENCE: usize = 1200;

/// Role nouns of offices of a state (the first word of the role).
const STATE_TITLES: &[&str] = &[
    "president",
    "presidente",
    "presidenta",
    "président",
    "présidente",
    "minister",
    "ministre",
    "ministro",
    "ministra",
    "governor",
    "gobernador",
    "gobernadora",
    "gouverneur",
    "viceministro",
    "viceministra",
    "vice-president",
    "vicepresidente",
    "vice-président",
];

impl Engine {
    pub(crate) fn new() -> Result<Engine, crate::Error> {
        let locations = vocab::parse_locations(vocab::LOCATIONS_TSV)?;
        let actors = vocab::parse_actors(vocab::ACTORS_TSV)?;
        // parsed once per process and kept: the trigger sets borrow their types
        static TRIGGERS: std::sync::OnceLock<Vec<vocab::TriggerRow>> = std::sync::OnceLock::new();
        let trig_rows: &'static [vocab::TriggerRow] = match TRIGGERS.get() {
            Some(t) => t,
            None => {
                let parsed = vocab::parse_triggers(vocab::CLAIM_TRIGGERS_TSV)?;
                TRIGGERS.get_or_init(|| parsed)
            }
        };
        let mut b = MatcherBuilder::new();
        for (i, l) in locations.iter().enumerate() {
            b.add(&l.name, Name::Loc(i as u32));
            for a in &l.aliases {
                // "the Gaza Strip": "Gaza Strip" is there too, and "the" is everywhere
                if !a.starts_with("the ") {
                    b.add(a, Name::Loc(i as u32));
                }
            }
        }
        let mut military_by_iso = HashMap::default();
        let mut police_by_iso = HashMap::default();
        let mut actor_by_facet = HashMap::default();
        for (i, a) in actors.iter().enumerate() {
            b.add(&a.name, Name::Actor(i as u32));
            if !a.acronym.is_empty() {
                b.add(&a.acronym, Name::Actor(i as u32));
            }
            for al in &a.aliases {
                b.add(al, Name::Actor(i as u32));
            }
            if a.kind == "military" && !a.country.is_empty() && a.facet.starts_with("/military/") {
                military_by_iso.entry(a.country.clone()).or_insert(i as u32);
            }
            if a.kind == "police" && !a.country.is_empty() && a.facet.starts_with("/police/") {
                police_by_iso.entry(a.country.clone()).or_insert(i as u32);
            }
            actor_by_facet.insert(a.facet.clone(), i as u32);
        }
        b.add("de facto authorities", Name::DeFacto);
        for form in ARMY_FORMS {
            b.add(form, Name::Army);
        }
        for form in POLICE_FORMS {
            b.add(form, Name::Police);
        }
        for phrase in vocab::state_bodies() {
            b.add(phrase, Name::StateBody);
        }
        for head in orgs::head_words() {
            b.add(&head, Name::OrgHead);
        }
        for cue in DONOR_CUES {
            b.add(cue, Name::DonorCue);
        }
        let mut context_names = Vec::new();
        for c in vocab::context_names() {
            if let Some(&a) = actor_by_facet.get(c.facet) {
                b.add(c.phrase, Name::InContext(context_names.len() as u32));
                context_names.push((a, c.context));
            }
        }
        let country_row_by_iso = locations
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind == "country")
            .map(|(i, l)| (l.iso3.clone(), i as u32))
            .collect();
        let short_by_iso = locations
            .iter()
            .filter(|l| l.kind == "country")
            .map(|l| {
                (
                    l.iso3.clone(),
                    if l.short.is_empty() {
                        l.name.clone()
                    } else {
                        l.short.clone()
                    },
                )
            })
            .collect();
        let numbered_regions = locations
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                l.aliases.iter().filter_map(move |a| {
                    let n = a.strip_prefix("Region ")?;
                    let numeral = n
                        .split('-')
                        .next()
                        .is_some_and(|r| !r.is_empty() && r.chars().all(|c| "IVXL".contains(c)));
                    numeral.then(|| (n.to_string(), i as u32))
                })
            })
            .collect();
        Ok(Engine {
            names: b.build()?,
            triggers: [
                TriggerSet::build(trig_rows, Language::En)?,
                TriggerSet::build(trig_rows, Language::Fr)?,
                TriggerSet::build(trig_rows, Language::Es)?,
            ],
            locations,
            actors,
            military_by_iso,
            police_by_iso,
            actor_by_facet,
            short_by_iso,
            country_row_by_iso,
            context_names,
            numbered_regions,
        })
    }

    /// The country whose government a generic state body ("Ministry of
    /// Health", "las autoridades") belongs to: the country named right after
    /// it ("of Liberia", "in Uganda", "de Brasil") or right before it ("Samoa
    /// MoH"), else the country the report names most (its places count for
    /// their country), the first named on a tie. None when the report names
    /// no country.
    /// Returns the country's row and where the mention ends (after "of
    /// Liberia" when the country is named after it).
    fn state_country(&self, body: &str, doc: &Doc, h: Hit) -> Option<(u32, usize)> {
        let country = |s: &Span| {
            let l = &self.locations[s.idx];
            (l.kind == "country").then(|| self.country_row_by_iso.get(&l.iso3).copied())?
        };
        // a country, or a place's country ("health officials from Guangdong
        // Province", "Lagos State Ministry of Health")
        let country_of = |s: &Span| {
            self.country_row_by_iso
                .get(&self.locations[s.idx].iso3)
                .copied()
        };
        let rest = &body[h.end..];
        for conn in [
            " of the ",
            " of ",
            " for the ",
            " for ",
            " from ",
            " in ",
            " de la ",
            " de l'",
            " de l’",
            " del ",
            " de ",
            " du ",
            " des ",
            " para el ",
            " para ",
        ] {
            if starts_with_ci(rest, conn) {
                let at = h.end + conn.len();
                let i = doc.loc_spans.partition_point(|s| s.start < at);
                // (the mention running through the place)
                if let Some(s) = doc.loc_spans.get(i).filter(|s| s.start == at) {
                    if let Some(row) = country_of(s) {
                        return Some((row, s.end));
                    }
                }
            }
        }
        let i = doc.loc_spans.partition_point(|s| s.end < h.start);
        if let Some(s) = doc
            .loc_spans
            .get(i.wrapping_sub(1).min(doc.loc_spans.len()))
        {
            if s.end + 1 == h.start && body[s.end..h.start] == *" " {
                if let Some(row) = country_of(s) {
                    return Some((row, h.end));
                }
            }
        }
        // a country named in the same sentence, the nearest before it
        // first ("In Brunei, ... by the health authorities")
        let sentence_start = body[..h.start]
            .rfind(['.', '\n', '!', '?'])
            .map_or(0, |k| k + 1);
        let sentence_end = body[h.end..]
            .find(['.', '\n', '!', '?'])
            .map_or(body.len(), |k| h.end + k);
        let i = doc.loc_spans.partition_point(|s| s.start < sentence_start);
        let j = doc.loc_spans.partition_point(|s| s.start < sentence_end);
        let in_sentence = &doc.loc_spans[i..j];
        let nearest = in_sentence
            .iter()
            .filter(|s| s.end <= h.start)
            .rev()
            .chain(in_sentence.iter().filter(|s| s.start >= h.end))
            .find_map(country);
        if let Some(row) = nearest {
            return Some((row, h.end));
        }
        // ... else in its paragraph, or the heading above it ("Brunei
        // Darussalam" over "A cholera outbreak has been reported ... by the
        // health authorities"): multi-country reports go country by country
        let para_start = body[..h.start].rfind("\n\n").map_or(0, |k| k + 2);
        let heading_start = body[..para_start.saturating_sub(2)]
            .rfind('\n')
            .map_or(0, |k| k + 1);
        let heading = para_start.saturating_sub(2) - heading_start <= 80 && para_start > 0;
        let from = if heading { heading_start } else { para_start };
        let i = doc.loc_spans.partition_point(|s| s.start < from);
        let j = doc.loc_spans.partition_point(|s| s.start < h.start);
        if let Some(row) = doc.loc_spans[i..j].iter().rev().find_map(country) {
            return Some((row, h.end));
        }
        let mut tally: HashMap<&str, (usize, usize)> = HashMap::default();
        for (order, s) in doc.loc_spans.iter().enumerate() {
            let e = tally
                .entry(self.locations[s.idx].iso3.as_str())
                .or_insert((0, order));
            e.0 += 1;
        }
        let (iso, _) = tally
            .into_iter()
            .filter(|(iso, _)| !iso.is_empty())
            .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))?;
        self.country_row_by_iso.get(iso).map(|&row| (row, h.end))
    }

    /// A state actor named by the last word of a state body and the words
    /// after it ("le | gouvernement britannique"), which the body's own match
    /// swallowed: the actor row and where its name ends.
    fn demonym_state(&self, body: &str, h: Hit) -> Option<(u32, usize)> {
        let head = body[h.start..h.end]
            .rfind(' ')
            .map_or(h.start, |k| h.start + k + 1);
        let mut end = (h.end + 40).min(body.len());
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        let mut hits = Vec::new();
        self.names.find(body, head, end, &mut hits);
        let first = hits.first().filter(|x| x.start == head && x.end > h.end)?;
        self.names.payloads(body, *first).find_map(|p| match *p {
            Name::Actor(a)
                if matches!(
                    self.actors[a as usize].kind.as_str(),
                    "government" | "military" | "police"
                ) =>
            {
                Some((a, first.end))
            }
            _ => None,
        })
    }

    /// The numerals of "Regions V, VI, VIII and CARAGA" (and "Region
    /// IV-A"), each read as the division of a named country known by that
    /// number: (start, end, row).
    fn region_lists(&self, body: &str, countries: &HashSet<&str>) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        if self.numbered_regions.is_empty() {
            return out;
        }
        // "Regions " or "regions ", in one pass
        let lists = memchr::memmem::find_iter(body.as_bytes(), b"egions ")
            .filter(|&at| at > 0 && matches!(body.as_bytes()[at - 1], b'R' | b'r'))
            .map(|at| at - 1);
        for at in lists {
            let mut pos = at + "Regions ".len();
            loop {
                let rest = &body[pos..];
                let len = rest
                    .find(|c: char| !(c.is_ascii_uppercase() || c == '-' || c == 'a' || c == 'b'))
                    .unwrap_or(rest.len());
                let word = rest[..len].trim_end_matches('-');
                if word.is_empty() {
                    break;
                }
                let row = self
                    .numbered_regions
                    .iter()
                    .filter(|(n, _)| n.eq_ignore_ascii_case(word))
                    .map(|&(_, r)| r)
                    .find(|&r| countries.contains(self.locations[r as usize].iso3.as_str()));
                if let Some(r) = row {
                    out.push((pos, pos + word.len(), r));
                }
                // the next item: after ", ", " and ", ",\n"
                let after = &body[pos + word.len()..];
                let sep = [", and ", " and ", ", ", ",\n", ","]
                    .iter()
                    .find(|s| after.starts_with(*s));
                match sep {
                    Some(s) => pos += word.len() + s.len(),
                    None => break,
                }
            }
        }
        out
    }

    /// The country of a state office whose title starts at `role`, before a
    /// person's name at `name`: named right before the title ("South Sudan
    /// President", "Ethiopia’s Health Minister") or inside it ("gobernador
    /// de Puerto Rico, "). The country's location row and mention start.
    fn office_country(
        &self,
        body: &str,
        doc: &Doc,
        role: usize,
        name: usize,
    ) -> Option<(usize, usize)> {
        let title_len = body[role..]
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(body.len() - role);
        let title_end = role + title_len;
        if !STATE_TITLES.contains(&body[role..title_end].to_lowercase().as_str()) {
            return None;
        }
        let lo = role.saturating_sub(40);
        let country = |s: &&Span| self.locations[s.idx].kind == "country";
        // before: only capitalised title words between ("Prime", "Health")
        let before = within(&doc.loc_spans, lo, role)
            .filter(country)
            .filter(|s| s.end <= role)
            .last()
            .filter(|s| {
                let gap = &body[s.end..role];
                let gap = gap
                    .strip_prefix("’s")
                    .or_else(|| gap.strip_prefix("'s"))
                    .unwrap_or(gap);
                gap.split_whitespace().count() <= 2
                    && gap.starts_with(' ')
                    && gap.split_whitespace().all(|w| {
                        w.chars().all(char::is_alphabetic)
                            && w.starts_with(char::is_uppercase)
                            && !orgs::names_a_body(w)
                    })
            });
        // inside: the title, "of/de/du", the country, then the name's comma
        let inside = || {
            within(&doc.loc_spans, role, name)
                .filter(country)
                .find(|s| {
                    let Some(link) = body.get(title_end..s.start) else {
                        return false;
                    };
                    [" of ", " of the ", " de ", " del ", " du ", " de la "].contains(&link)
                        && body[s.end..name].trim() == ","
                })
        };
        before.or_else(inside).map(|s| (s.idx, s.start))
    }

    /// The vocabulary row of the government of country row `row`.
    fn government_of(&self, row: usize) -> Option<u32> {
        let short = self.short_by_iso.get(&self.locations[row].iso3)?;
        self.actor_by_facet
            .get(&format!("/government/{}", seg(short)))
            .copied()
    }

    /// A country named right at `at` ("by Malaysia", "to the Philippines"):
    /// its government's row and the mention's span.
    fn country_named_at(&self, body: &str, doc: &Doc, at: usize) -> Option<(u32, (usize, usize))> {
        let i = doc.loc_spans.partition_point(|s| s.start < at);
        let l = doc.loc_spans.get(i)?;
        let gap = body[at..l.start].trim();
        let close = gap.is_empty() || gap.eq_ignore_ascii_case("the");
        if !close || self.locations[l.idx].kind != "country" {
            return None;
        }
        Some((self.government_of(l.idx)?, (l.start, l.end)))
    }

    /// Adds a mention of vocabulary actor `a` (its facet, name, kind and
    /// country as `schema/actors.tsv` gives them).
    fn add_row(&self, doc: &mut Doc, a: u32, span: (usize, usize)) {
        let row = &self.actors[a as usize];
        doc.add_actor(&row.facet, &row.name, &row.kind, Some(&row.country), span);
    }

    fn kind_rank(&self, row: u32) -> u8 {
        self.locations[row as usize].specificity()
    }

    /// Adds the authority (region) or government (country) behind a
    /// location that a head noun or tail names.
    fn add_authority(&self, doc: &mut Doc, row: u32, span: (usize, usize)) {
        let l = &self.locations[row as usize];
        let (facet, name, kind) = if l.kind == "country" {
            let short = self
                .short_by_iso
                .get(&l.iso3)
                .cloned()
                .unwrap_or_else(|| l.name.clone());
            (
                format!("/government/{}", seg(&short)),
                format!("Government of {short}"),
                "government",
            )
        } else {
            (
                format!("/authority/{}", seg(&l.name)),
                format!("Authorities of {}", l.name),
                "authority",
            )
        };
        match self.actor_by_facet.get(&facet) {
            Some(&a) => self.add_row(doc, a, span),
            None => {
                doc.add_actor(&facet, &name, kind, Some(&l.iso3), span);
            }
        }
    }

    /// Adds to `hits` (sorted, from the body) the gazetteer forms that match
    /// the body only with its accents taken off ("Kellé", "Extrême-Nord":
    /// the vocabulary has "Kelle", "Extreme-Nord"), searched near the
    /// accented letters only. A longer such match replaces the ones it
    /// covers; one that overlaps another is dropped. Returns the starts of
    /// the matches added (sorted).
    fn find_unaccented(&self, body: &str, hits: &mut Vec<Hit>) -> Vec<usize> {
        let mut added = Vec::new();
        let Some(folded) = gazetteer::fold_accents(body) else {
            return added;
        };
        let f = folded.text.as_str();
        // windows around the changed letters of capitalised words, merged:
        // a name holding one starts at most four words before it
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for &c in &folded.capitals {
            // (scans bounded: a long line holds many such letters)
            let back = floor_boundary(f, c.saturating_sub(256));
            let line = f[back..c].rfind('\n').map_or(back, |k| back + k + 1);
            let mut a = c;
            for _ in 0..4 {
                match f[line..a].trim_end().rfind(' ') {
                    Some(k) => a = line + k + 1,
                    None => {
                        a = line;
                        break;
                    }
                }
            }
            let b = floor_boundary(f, (c + 64).min(f.len()));
            let b = f[c..b].find('\n').map_or(b, |k| c + k);
            match windows.last_mut() {
                Some(w) if a <= w.1 => w.1 = w.1.max(b),
                _ => windows.push((a, b)),
            }
        }
        let mut found: Vec<Hit> = Vec::new();
        for (a, b) in windows {
            self.names.find(f, a, b, &mut found);
        }
        for h in found {
            // only matches that take in a changed letter are new
            let k = folded.capitals.partition_point(|&c| c < h.start);
            if folded.capitals.get(k).is_none_or(|&c| c >= h.end) {
                continue;
            }
            let (start, end) = (folded.to_body(h.start), folded.to_body(h.end));
            let hit = Hit {
                start,
                end,
                pattern: h.pattern,
            };
            // a word beside another capitalised one is more likely part of
            // a person's name ("Volker Türk", "Víctor Velasco"), and one
            // after a name and a connector of an organisation's
            // ("Ministério da Saúde")
            if joined_to_name(body, hit) || after_name_and_connector(body, start) {
                continue;
            }
            let k = hits.partition_point(|o| o.end <= start);
            let covered = hits[k..].iter().take_while(|o| o.start < end);
            if covered
                .clone()
                .all(|o| start <= o.start && o.end <= end && o.end - o.start < end - start)
            {
                let n = covered.count();
                hits.drain(k..k + n);
                hits.insert(k, hit);
                added.push(start);
            }
        }
        debug_assert!(hits.windows(2).all(|w| w[0].end <= w[1].start));
        added
    }

    pub(crate) fn extract(&self, text: &Text, language: Language) -> Extraction {
        let body = text.body.as_str();
        if body.is_empty() {
            return Extraction::default();
        }
        let sents = sentences(text);
        let slot = lang_slot(language);
        let mut hits: Vec<Hit> = Vec::new();
        self.names.find(body, 0, body.len(), &mut hits);
        let unaccented = self.find_unaccented(body, &mut hits);
        // a deputy's title is no office, but the names inside it count
        // ("Assistant Secretary General of the United Nations": the UN)
        if hits
            .iter()
            .any(|h| orgs::lesser_office(body, h.start, h.end))
        {
            let mut kept = Vec::with_capacity(hits.len());
            for h in hits {
                if orgs::lesser_office(body, h.start, h.end) {
                    let next = h.start + body[h.start..].chars().next().map_or(1, char::len_utf8);
                    self.names.find(body, next, h.end, &mut kept);
                } else {
                    kept.push(h);
                }
            }
            hits = kept;
        }
        // what a name found only without its accents may be: a place below
        // a country ("Indé", a Mexican municipality, is not "Inde", India)
        let names_at = |h: &Hit| {
            let approx = unaccented.binary_search(&h.start).is_ok();
            self.names.payloads(body, *h).filter(move |p| {
                !approx
                    || matches!(p, Name::Loc(r) if self.locations[*r as usize].kind != "country")
            })
        };

        // countries named in the document steer ambiguous names
        let mut doc_countries: HashSet<&str> = HashSet::default();
        // how much the report is about each country: its names, and the
        // names of well-known places in it (a name read in several
        // countries counts for none); it breaks ties between two readings
        // in named countries ("Portsmouth" in a report on Dominica that
        // thanks the UK)
        let mut salience: HashMap<&str, u32> = HashMap::default();
        let mut doc_regions: Vec<&str> = Vec::new();
        // first-level divisions named (a list of states is about states)
        let mut doc_admin1: HashSet<&str> = HashSet::default();
        let mut admin1_rows: HashSet<u32> = HashSet::default();
        // (hit start, country) of every sub-national reading of every name
        let mut place_texts: Vec<(usize, &str)> = Vec::new();
        // names of well-known places, kept from being read as persons even
        // where they do not count as locations ("New York", "Valle del Cauca")
        let mut place_names: Vec<(usize, usize)> = Vec::new();
        // (hit start, country) of names with one first-level-division
        // reading, not a compass name (see below)
        let mut divisions: Vec<(usize, &str)> = Vec::new();
        // (hit start, country) of names all of whose readings are in one
        // country, one of them a second-level division
        let mut districts: Vec<(usize, &str)> = Vec::new();
        for h in &hits {
            let mut compass: Option<bool> = None;
            // the one country of all the name's readings, minor ones too,
            // and whether one is a district
            let mut all_in: Option<Option<&str>> = None;
            let mut a_district = false;
            // the one country all the name's readings are in, if any
            let mut one_country: Option<Option<&str>> = None;
            // the country of the name's one first-level-division reading
            let mut division: Option<Option<&str>> = None;
            for p in names_at(h) {
                match p {
                    Name::Loc(r) => {
                        let l = &self.locations[*r as usize];
                        if l.kind == "admin1" {
                            division = match division {
                                None => Some(Some(l.iso3.as_str())),
                                _ => Some(None),
                            };
                        }
                        all_in = same_country(all_in, &l.iso3);
                        a_district |= l.kind == "admin2";
                        // small towns and districts are evidence of nothing
                        if l.minor {
                            continue;
                        }
                        one_country = same_country(one_country, &l.iso3);
                        // (a one-word province may be a surname: "Cortés")
                        let big = match l.kind.as_str() {
                            "country" | "region" => true,
                            "admin1" => body[h.start..h.end].contains(' '),
                            _ => l.population >= 100_000,
                        };
                        let given_name = given_name_before_surname(body, *h);
                        if big && !given_name && place_names.last() != Some(&(h.start, h.end)) {
                            place_names.push((h.start, h.end));
                        }
                        if l.kind == "country" {
                            if !given_name {
                                doc_countries.insert(l.iso3.as_str());
                            }
                        } else if l.kind == "region" && !doc_regions.contains(&l.facet.as_str()) {
                            doc_regions.push(l.facet.as_str());
                        } else if l.kind == "admin1" {
                            doc_admin1.insert(l.facet.as_str());
                        }
                        // "North-West", "Centre", "Eastern Region" name regions
                        // of many countries: they point to none
                        let compass =
                            *compass.get_or_insert_with(|| is_compass_name(&body[h.start..h.end]));
                        if l.kind == "admin1" && !compass {
                            admin1_rows.insert(*r);
                        }
                        if matches!(l.kind.as_str(), "admin1" | "place") && !compass {
                            place_texts.push((h.start, l.iso3.as_str()));
                        }
                    }
                    Name::Actor(a) => {
                        let c = self.actors[*a as usize].country.as_str();
                        if !c.is_empty() {
                            doc_countries.insert(c);
                        }
                    }
                    _ => {}
                }
            }
            if let Some(Some(c)) = one_country {
                *salience.entry(c).or_default() += 1;
            }
            if let Some(Some(c)) = division {
                if !*compass.get_or_insert_with(|| is_compass_name(&body[h.start..h.end])) {
                    divisions.push((h.start, c));
                }
            }
            if let (Some(Some(c)), true) = (all_in, a_district) {
                districts.push((h.start, c));
            }
        }
        // two first-level divisions of one country ("CARAGA", "MIMAROPA")
        // name it even when the report does not
        let mut per_country: HashMap<&str, usize> = HashMap::default();
        for &r in &admin1_rows {
            *per_country
                .entry(self.locations[r as usize].iso3.as_str())
                .or_default() += 1;
        }
        // ... and so does one division with two more of its country's places
        // ("el Valle del Cauca", "Zarzal", "Roldanillo"), when no other
        // country has as many
        let mut ranked = place_texts_per_country(&place_texts);
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        if let [(iso, n), rest @ ..] = ranked.as_slice() {
            let second = rest.first().map_or(0, |r| r.1);
            if per_country.contains_key(iso) && *n >= 3 && *n > second {
                doc_countries.insert(iso);
            }
        }
        for (iso, n) in per_country {
            if n >= 2 {
                doc_countries.insert(iso);
            }
        }
        // ... and so does one division called so before its name, when no
        // other country has a division of that name ("los municipios del
        // estado de Durango", "the province of Kidal"; not "Oriental
        // Province" or "Coast Province", which name other countries' too)
        for (start, iso) in divisions {
            if !doc_countries.contains(iso) && division_before(body, start) {
                doc_countries.insert(iso);
            }
        }
        // ... and, in a report that names no country, so does a district
        // called so whose name no other country has ("en el municipio de
        // Chenalhó", "the district of Vose"; not "le canton de Magui" in a
        // report on Chad, a canton the vocabulary lacks)
        if doc_countries.is_empty() {
            for (start, iso) in districts {
                if district_before(body, start) {
                    doc_countries.insert(iso);
                }
            }
        }
        // the countries of the title ("Haiti: Tropical Storm Melissa - Flash
        // Update") steer the body's names too
        if !text.title.is_empty() {
            let mut title_hits: Vec<Hit> = Vec::new();
            self.names
                .find(&text.title, 0, text.title.len(), &mut title_hits);
            for h in &title_hits {
                for p in self.names.payloads(&text.title, *h) {
                    if let Name::Loc(r) = p {
                        let l = &self.locations[*r as usize];
                        if l.kind == "country" {
                            doc_countries.insert(l.iso3.as_str());
                            *salience.entry(l.iso3.as_str()).or_default() += 2;
                        }
                    }
                }
            }
        }
        let mut contact_line = None;
        // A city of a country the report never names counts when it is
        // large; larger still when the report is about other countries
        // ("Portsmouth" in a report on Dominica).
        let big_city = if doc_countries.is_empty() {
            150_000
        } else {
            1_000_000
        };
        // A sub-national name counts only in a document that names its
        // country or region, unless it is a large city: "Warren", "Allen" or
        // "Since" are more often other words than places.
        // (a name's two tests are the same for all its readings: each
        // is run once per hit)
        // "Hurricane Harvey", and then "Harvey made landfall": the storm
        let storms = storm_names(body, hits.iter().map(|h| (h.start, h.end)));
        let plausible = |r: u32, h: Hit, alone: &mut Option<bool>, joined: &mut Option<bool>| {
            let text = &body[h.start..h.end];
            let l = &self.locations[r as usize];
            if l.kind != "country" && storms.contains(&text) {
                return false;
            }
            if l.minor {
                return doc_countries.contains(l.iso3.as_str())
                    && *alone.get_or_insert_with(|| stands_alone(body, &sents, h));
            }
            if !matches!(l.kind.as_str(), "country" | "region")
                && *joined.get_or_insert_with(|| joined_to_name(body, h))
            {
                return false;
            }
            if l.kind == "country" && given_name_before_surname(body, h) {
                return false;
            }
            // "SARI" (an acronym in capitals) is not the town of Sari
            if text.len() <= 5
                && !text.chars().any(char::is_lowercase)
                && !matches!(l.kind.as_str(), "country" | "region")
            {
                return false;
            }
            matches!(l.kind.as_str(), "country" | "region")
                || doc_countries.contains(l.iso3.as_str())
                || (l.kind == "place"
                    && l.population >= big_city
                    && text.eq_ignore_ascii_case(&l.name))
                || doc_regions.iter().any(|f| facet_under(&l.facet, f))
        };

        let mut doc = Doc::default();
        let mut acronym_phrases: HashMap<&str, bool> = HashMap::default();
        let mut bracketed: Option<HashMap<&str, Vec<usize>>> = None;
        let mut specials: Vec<(Hit, Name)> = Vec::new();
        let mut org_heads: Vec<usize> = Vec::new();
        let mut donor_cues: Vec<usize> = Vec::new();
        for (hi, h) in hits.iter().enumerate() {
            let mut best_loc: Option<u32> = None;
            let mut actor: Option<u32> = None;
            // "Miraflores, Guaviare", "Santa Cruz (Bolivia)": the division
            // named right after a place picks its reading
            let qualifier = hits
                .get(hi + 1)
                .filter(|n| matches!(&body[h.end..n.start], ", " | " (" | " - " | ", in "));
            let qualifiers: Vec<&str> = qualifier.map_or_else(Vec::new, |n| {
                self.names
                    .payloads(body, *n)
                    .filter_map(|p| match *p {
                        Name::Loc(q) => Some(self.locations[q as usize].facet.as_str()),
                        _ => None,
                    })
                    .collect()
            });
            let under = |r: u32| {
                let l = &self.locations[r as usize];
                qualifiers.iter().any(|f| facet_under(&l.facet, f))
            };
            let (mut alone, mut joined) = (None, None);
            for p in names_at(h) {
                match *p {
                    Name::Loc(r) if plausible(r, *h, &mut alone, &mut joined) || under(r) => {
                        let key = |r: u32| {
                            let l = &self.locations[r as usize];
                            (
                                !under(r),
                                !doc_countries.contains(l.iso3.as_str()),
                                std::cmp::Reverse(salience.get(l.iso3.as_str()).copied()),
                                l.minor,
                                self.kind_rank(r),
                                std::cmp::Reverse(l.population),
                            )
                        };
                        if best_loc.is_none_or(|b| key(r) < key(b)) {
                            best_loc = Some(r);
                        }
                    }
                    Name::Actor(a) => {
                        actor.get_or_insert(a);
                    }
                    Name::Loc(_) => {}
                    Name::OrgHead => org_heads.push(h.start),
                    Name::DonorCue => donor_cues.push(h.end),
                    special => specials.push((*h, special)),
                }
            }
            // "El Centro de Periodismo Investigativo": a place named with an
            // article (El Centro, California) whose word is an organisation's
            // head may open an organisation's name
            if let Some(k) = orgs::article_then_head(&body[h.start..h.end]) {
                org_heads.push(h.start + k);
            }
            // Not a place where things happen: a contact line ("WFP/Rome,
            // Tel. +39 ..."), a sea or lake ("South China Sea", "lac Tchad"),
            // a larger unit named after it ("Davao Oriental", "Zamboanga del
            // Norte").
            if best_loc.is_some()
                && (on_contact_line_cached(body, h.start, &mut contact_line)
                    || part_of_larger_name(body, h.start, h.end))
            {
                best_loc = None;
            }
            // "Geneva", "Niamey", "Kidal": a region and its city of the same
            // name mean the city, unless the text says region/province...
            if let Some(r) = best_loc {
                let l = &self.locations[r as usize];
                let country = format!("/{}/", country_of_facet(&l.facet));
                let other_divisions = doc_admin1
                    .iter()
                    .any(|f| *f != l.facet && f.starts_with(&country));
                // (nor when it qualifies the place before it, one of its
                // own: "Magüí Payán (Nariño)", "Juliaca - Puno")
                let qualifies_previous = || {
                    hi.checked_sub(1)
                        .and_then(|k| hits.get(k))
                        .is_some_and(|p| {
                            matches!(&body[p.end..h.start], ", " | " (" | " - ")
                                && doc.loc_spans.last().is_some_and(|s| {
                                    s.end == p.end
                                        && facet_under(&self.locations[s.idx].facet, &l.facet)
                                })
                        })
                };
                if matches!(l.kind.as_str(), "admin1" | "region")
                    && !other_divisions
                    && !names_a_region(body, h.start, h.end)
                    && !qualifies_previous()
                {
                    // (the city of that name, or one inside the region that
                    // the name is an alias of: "New York" is New York City)
                    let city = format!("{}/{}", l.facet, seg(&l.name));
                    let inside = format!("{}/", l.facet);
                    let readings = || {
                        names_at(h).filter_map(|p| match *p {
                            Name::Loc(c) => Some((c, &self.locations[c as usize])),
                            _ => None,
                        })
                    };
                    let same = readings()
                        .find(|(_, p)| p.facet == city)
                        .or_else(|| {
                            readings().find(|(_, p)| {
                                p.kind == "place" && !p.minor && p.facet.starts_with(&inside)
                            })
                        })
                        .map(|(c, _)| c);
                    if same.is_some() {
                        best_loc = same;
                    }
                }
            }
            // an acronym that is both ("DRC"): the organisation only when the
            // document also spells out its name
            if let (Some(a), Some(_)) = (actor, best_loc) {
                if !body[h.start..h.end].chars().any(char::is_lowercase) {
                    if body.contains(self.actors[a as usize].name.as_str()) {
                        best_loc = None;
                    } else {
                        actor = None;
                    }
                }
            }
            // an acronym the report spells out as something else
            // ("infection prevention and control (IPC)")
            if let Some(a) = actor {
                let text = &body[h.start..h.end];
                let name = &self.actors[a as usize].name;
                if text.len() >= 2
                    && text.chars().all(|c| c.is_ascii_uppercase())
                    && *acronym_phrases.entry(text).or_insert_with(|| {
                        bracketed
                            .get_or_insert_with(|| orgs::bracketed_acronyms(body))
                            .get(text)
                            .is_some_and(|opens| orgs::defined_as_phrase(body, opens, text, name))
                    })
                {
                    actor = None;
                }
            }
            // a scale's phase ("Crisis (IPC Phase 3)", "phase 3 de l’IPC")
            // is a classification, not its maker acting
            if actor.is_some() && phase_of_scale(&body[..h.start], &body[h.end..]) {
                actor = None;
            }
            // "UN agencies", "the UN-led process", "UN Member States": the
            // UN as a modifier of a class names no actor
            if actor.is_some_and(|a| self.actors[a as usize].facet == "/humanitarian/UN")
                && un_modifier(&body[h.end..])
            {
                actor = None;
            }
            if let Some(a) = actor {
                let row = &self.actors[a as usize];
                doc.add_actor(
                    &row.facet,
                    &row.name,
                    &row.kind,
                    Some(&row.country),
                    (h.start, h.end),
                );
            }
            if let Some(r) = best_loc {
                doc.add_loc(r, (h.start, h.end));
                let kind = self.locations[r as usize].kind.as_str();
                if let Some(head) = authority_head(body, h.start) {
                    self.add_authority(&mut doc, r, (head, h.end));
                } else if kind != "country" && kind != "place" {
                    if let Some(end) = authority_tail(body, h.end) {
                        self.add_authority(&mut doc, r, (h.start, end));
                    }
                }
            }
        }
        // "Regions V, VI, VII and MIMAROPA": each numeral names its region
        for (start, end, row) in self.region_lists(body, &doc_countries) {
            doc.add_loc(row, (start, end));
        }
        doc.loc_spans.sort_by_key(|s| s.start);

        // donor countries are governments that fund, not places
        for (start, end, row) in donors(body, &sents, &doc.loc_spans, &self.locations, &donor_cues)
        {
            doc.drop_locations_within((start, end));
            self.add_authority(&mut doc, row, (start, end));
        }

        // generic "de facto authorities" and "the army"
        for (h, special) in specials {
            match special {
                Name::DeFacto => {
                    if starts_with_ci(&body[h.end..], " of ") {
                        continue;
                    }
                    let is_region = |s: &&Span| {
                        matches!(self.locations[s.idx].kind.as_str(), "region" | "admin1")
                    };
                    let at = doc.loc_spans.partition_point(|s| s.start < h.start);
                    // (bounded look-around: no quadratic scans on huge inputs)
                    let target = doc.loc_spans[..at]
                        .iter()
                        .rev()
                        .take(200)
                        .find(is_region)
                        .or_else(|| doc.loc_spans[at..].iter().take(200).find(is_region))
                        .map(|s| s.idx as u32);
                    if let Some(r) = target {
                        self.add_authority(&mut doc, r, (h.start, h.end));
                    }
                }
                Name::StateBody => {
                    // "le gouvernement britannique", "las autoridades
                    // haitianas": the head noun and its demonym name a state
                    if let Some((a, end)) = self.demonym_state(body, h) {
                        self.add_row(&mut doc, a, (h.start, end));
                    } else if let Some((row, end)) = self.state_country(body, &doc, h) {
                        self.add_authority(&mut doc, row, (h.start, end));
                    }
                }
                Name::InContext(i) => {
                    let (a, context) = &self.context_names[i as usize];
                    let about = doc
                        .actors
                        .iter()
                        .any(|x| context.iter().any(|p| x.facet.starts_with(p)));
                    if about && !qualified_elsewhere(body, h.start, h.end) {
                        self.add_row(&mut doc, *a, (h.start, h.end));
                    }
                }
                Name::Police => {
                    // "UN Police", "la Police des Nations Unies" are the
                    // mission's
                    let before = body[..h.start].trim_end();
                    let after = &body[h.end..];
                    if before.ends_with("UN")
                        || before.ends_with("United Nations")
                        || [
                            " of the United Nations",
                            " des Nations Unies",
                            " des Nations unies",
                            " de las Naciones Unidas",
                            " de l'ONU",
                            " de l’ONU",
                            " de la ONU",
                        ]
                        .iter()
                        .any(|p| after.starts_with(p))
                    {
                        continue;
                    }
                    if let Some((row, _)) = self.state_country(body, &doc, h) {
                        let iso = &self.locations[row as usize].iso3;
                        if let Some(&a) = self.police_by_iso.get(iso) {
                            self.add_row(&mut doc, a, (h.start, h.end));
                        }
                    }
                }
                Name::Army => {
                    let phrase = &body[h.start..h.end];
                    let si = sents.partition_point(|r| r.start <= h.start);
                    let sent_start = si.checked_sub(1).map_or(0, |k| sents[k].start);
                    let proper = phrase.starts_with(char::is_uppercase)
                        && !opens_sentence(&body[sent_start..h.start]);
                    let article = ["the ", "l'", "l’", "el ", "las ", "les ", "los "]
                        .iter()
                        .any(|a| ends_with_ci(&body[..h.start], a));
                    if !article && !proper {
                        continue;
                    }
                    // the country of its sentence before it, else the
                    // country named with it or the report's main one
                    let at = doc.loc_spans.partition_point(|s| s.start < h.start);
                    let country = doc.loc_spans[..at]
                        .iter()
                        .rev()
                        .take(50)
                        .take_while(|s| s.start >= sent_start)
                        .find(|s| s.end <= h.start && self.locations[s.idx].kind == "country")
                        .map(|s| self.locations[s.idx].iso3.clone());
                    let country = country.or_else(|| {
                        let (row, _) = self.state_country(body, &doc, h)?;
                        Some(self.locations[row as usize].iso3.clone())
                    });
                    if let Some(&a) = country.and_then(|c| self.military_by_iso.get(&c)) {
                        self.add_row(&mut doc, a, (h.start, h.end));
                    }
                }
                _ => {}
            }
        }
        doc.actor_spans.sort_by_key(|s| s.start);

        // organisations the vocabularies lack, defined as "Name (ACR)" or
        // named by an organisation's head word
        let defined = orgs::definitions(body);
        let named = orgs::names(body, &org_heads);
        let described = orgs::described(body);
        let ministries = orgs::ministries(body, &org_heads);
        for d in defined
            .into_iter()
            .chain(named)
            .chain(described)
            .chain(ministries)
        {
            let overlaps = |doc: &Doc, a: usize, b: usize| {
                doc.actor_spans.iter().any(|s| s.start < b && a < s.end)
            };
            // (the acronym after the name, or before it: "IRINN (Islamic
            // Republic of Iran News Network)")
            let lo = d.acronym.map_or(d.name.0, |a| a.0.min(d.name.0));
            let hi = d.acronym.map_or(d.name.1, |a| a.1.max(d.name.1));
            if overlaps(&doc, lo, hi) {
                continue;
            }
            // a place's own name is not an organisation ("the Russian
            // Federation", "Federated States of Micronesia")
            let is_place = doc
                .loc_spans
                .iter()
                .any(|l| l.start <= d.name.0 && d.name.1 <= l.end);
            if d.acronym.is_none() && is_place {
                continue;
            }
            let whole = (lo, if d.acronym.is_some() { hi + 1 } else { hi });
            // a place inside the name is not where things happen, nor one
            // that a word of the name ends ("El | Banco Interamericano")
            doc.drop_locations_within(whole);
            doc.drop_locations_overlapping(whole);
            let name = &body[d.name.0..d.name.1];
            let short = d.acronym.map_or(name, |a| &body[a.0..a.1]);
            // "The Government’s Refugees and Returnees Service (RRS)": a
            // state body's own body is the state's
            let owner = body[..lo]
                .strip_suffix(' ')
                .and_then(orgs::strip_possessive)
                .and_then(|b| {
                    let end = b.len();
                    doc.actor_spans
                        .iter()
                        .find(|s| s.end == end && doc.actors[s.idx].kind == "government")
                });
            if let Some(o) = owner {
                let a = &doc.actors[o.idx];
                let (facet, gov, country) = (a.facet.clone(), a.name.clone(), a.country.clone());
                doc.add_actor(&facet, &gov, "government", country.as_deref(), whole);
                continue;
            }
            let kind = match d.kind {
                orgs::OrgKind::State => {
                    let h = Hit {
                        start: d.name.0,
                        end: d.name.1,
                        pattern: 0,
                    };
                    if let Some((row, _)) = self.state_country(body, &doc, h) {
                        self.add_authority(&mut doc, row, whole);
                    }
                    continue;
                }
                orgs::OrgKind::Local => "government",
                orgs::OrgKind::Humanitarian => "humanitarian",
                orgs::OrgKind::Other => "other",
            };
            let facet = format!("/{kind}/{}", seg(short));
            doc.add_actor(&facet, name, kind, None, whole);
            // later mentions of the acronym (or the name), as a whole word
            for (i, _) in body.match_indices(short) {
                let j = i + short.len();
                if i >= whole.1 && at_word_boundary(body, i, j) && !overlaps(&doc, i, j) {
                    doc.add_actor(&facet, name, kind, None, (i, j));
                }
            }
        }
        doc.actor_spans.sort_by_key(|s| s.start);

        // "the US Centers for Disease Control and Prevention (CDC)": the
        // acronym a report gives a known actor is that actor wherever it
        // stands ("CDC said")
        // (at most MAX_ACRONYMS per report: each costs a pass over the body)
        const MAX_ACRONYMS: usize = 32;
        let mut aliases: Vec<(usize, usize, usize)> = Vec::new();
        let loc_ends: HashSet<usize> = doc.loc_spans.iter().map(|l| l.end).collect();
        for s in &doc.actor_spans {
            if aliases.len() >= MAX_ACRONYMS {
                break;
            }
            if matches!(doc.actors[s.idx].kind.as_str(), "person" | "civilians") {
                continue;
            }
            // (not "the Kingdom of Saudi Arabia (KSA)": the country's)
            let Some(acr) = orgs::bracketed_after(body, s.end) else {
                continue;
            };
            if loc_ends.contains(&s.end) {
                continue;
            }
            let at = s.end + 2;
            let read = orgs::overlaps_sorted(&hits, |h| (h.start, h.end), at, at + acr.len());
            if !read && !aliases.iter().any(|a| body[a.0..a.1] == *acr) {
                aliases.push((at, at + acr.len(), s.idx));
            }
        }
        for (start, end, i) in aliases {
            let short = &body[start..end];
            let a = &doc.actors[i];
            let (facet, name, kind, country) = (
                a.facet.clone(),
                a.name.clone(),
                a.kind.clone(),
                a.country.clone(),
            );
            for (k, _) in body.match_indices(short) {
                let j = k + short.len();
                // (not inside another name: "Africa CDC" is no US "CDC")
                if at_word_boundary(body, k, j)
                    && !orgs::overlaps_sorted(&hits, |h| (h.start, h.end), k, j)
                {
                    doc.add_actor(&facet, &name, &kind, country.as_deref(), (k, j));
                }
            }
        }
        doc.actor_spans.sort_by_key(|s| s.start);

        // acronyms listed with known organisations ("CHD, CORDAID and
        // INTERSOS") are organisations of their kind
        let anchors: Vec<(usize, usize, usize)> = doc
            .actor_spans
            .iter()
            .filter(|s| matches!(doc.actors[s.idx].kind.as_str(), "humanitarian" | "other"))
            .map(|s| (s.start, s.end, s.idx))
            .collect();
        if !anchors.is_empty() {
            let mut taken: Vec<(usize, usize)> = hits
                .iter()
                .map(|h| (h.start, h.end))
                .chain(doc.loc_spans.iter().map(|s| (s.start, s.end)))
                .collect();
            taken.sort_unstable();
            let bracketed = bracketed.get_or_insert_with(|| orgs::bracketed_acronyms(body));
            let listed = orgs::listed_acronyms(body, &anchors, &taken, bracketed);
            for (start, end, i) in listed.into_iter().take(MAX_ACRONYMS) {
                let short = &body[start..end];
                let kind = doc.actors[i].kind.clone();
                let facet = format!("/{kind}/{short}");
                if doc.actor_idx.contains_key(&facet) {
                    continue;
                }
                doc.add_actor(&facet, short, &kind, None, (start, end));
                for (k, _) in body.match_indices(short) {
                    if k != start && orgs::bare_acronym_at(body, k) == Some(k + short.len()) {
                        doc.add_actor(&facet, short, &kind, None, (k, k + short.len()));
                    }
                }
            }
            doc.actor_spans.sort_by_key(|s| s.start);
        }

        // "UN peacekeepers", "the UN base", "a UN patrol" in a report on one
        // UN peace mission (UNMISS, MINUSMA): the mission's, not the UN's
        if let Some(&un) = doc.actor_idx.get("/humanitarian/UN") {
            let missions: Vec<usize> = (0..doc.actors.len())
                .filter(|&i| i != un && is_un_mission(&doc.actors[i]))
                .collect();
            if let [mission] = missions[..] {
                let moved: Vec<(usize, usize)> = doc.actors[un]
                    .mentions
                    .iter()
                    .copied()
                    .filter(|&(_, end)| mission_modifier(&body[end..]))
                    .collect();
                doc.actors[un].mentions.retain(|m| !moved.contains(m));
                for s in &mut doc.actor_spans {
                    if s.idx == un && moved.contains(&(s.start, s.end)) {
                        s.idx = mission;
                    }
                }
                doc.actors[mission].mentions.extend(moved);
            }
        }

        // "Médecins Sans Frontières (France, Belgium)": countries in
        // brackets after an organisation name its sections, not places
        let sections: Vec<(usize, usize)> = doc
            .loc_spans
            .iter()
            .filter(|l| self.locations[l.idx].kind == "country")
            .filter(|l| {
                let before = &body[..l.start];
                let Some(open) = before.rfind('(') else {
                    return false;
                };
                let inside = &before[open + 1..];
                if open + 80 < l.start || inside.contains(')') || !list_gap(inside) {
                    return false;
                }
                let name_end = before[..open].trim_end().len();
                doc.actor_spans.iter().any(|a| {
                    a.end == name_end
                        && !matches!(doc.actors[a.idx].kind.as_str(), "person" | "civilians")
                })
            })
            .map(|l| (l.start, l.end))
            .collect();
        for span in sections {
            doc.drop_locations_within(span);
        }
        // "Kinshasa le 15 décembre 2017 - La MONUSCO...": where a release
        // was issued from is no place it reports on
        let datelines: Vec<(usize, usize)> = doc
            .loc_spans
            .iter()
            .take_while(|l| l.start <= super::places::DATELINE_REACH)
            .filter(|l| super::places::in_dateline(body, l.start, l.end))
            .map(|l| (l.start, l.end))
            .collect();
        for span in datelines {
            doc.drop_locations_within(span);
        }

        // sentence by sentence: persons, attribution, claims
        let mut claims_out: Vec<(usize, usize, Claim)> = Vec::new();
        let mut toks: Vec<Tok> = Vec::new();
        let mut cues: Vec<(usize, usize, Cue)> = Vec::new();
        let mut trig_hits: Vec<Hit> = Vec::new();
        let mut trigs: Vec<Trigger> = Vec::new();
        let mut modal_words = (false, false);
        let mut persons_seen: Vec<(usize, String)> = Vec::new(); // (start, by-facet)
        let mut surnames: Vec<(String, usize)> = Vec::new(); // (surname, actor index)
        let mut all_attributions: Vec<(usize, String)> = Vec::new();
        // The last attribution of the current paragraph: (paragraph start, by).
        // "The Civil Protection reported heavy damage. 43 people died." - a
        // claim without its own source in the same paragraph keeps it.
        let mut carried: Option<(usize, String)> = None;
        for r in &sents {
            let (s0, s1) = (r.start, r.end);
            if s0 >= s1 {
                continue;
            }
            cues.clear();
            trigs.clear();
            self.triggers[slot].find(
                body,
                (s0, s1),
                &mut trig_hits,
                &mut trigs,
                &mut cues,
                &mut modal_words,
            );
            // a trigger word inside an organisation's name ("UN Refugee
            // Agency", "Haut Commissariat ... pour les réfugiés") claims nothing
            trigs.retain(|t| {
                !within(&doc.actor_spans, s0, s1).any(|a| {
                    a.start < t.end && t.start < a.end && doc.actors[a.idx].kind != "civilians"
                })
            });
            if cues.is_empty() && trigs.is_empty() {
                continue;
            }
            tokenize(body, s0, s1, &mut toks);
            // persons
            if !cues.is_empty() {
                let mut taken: Vec<(usize, usize)> = within(&doc.actor_spans, s0, s1)
                    .chain(within(&doc.loc_spans, s0, s1))
                    .map(|s| (s.start, s.end))
                    .collect();
                let a = place_names.partition_point(|p| p.0 < s0);
                let b = place_names.partition_point(|p| p.0 < s1);
                let names: Vec<(usize, usize)> = place_names[a..b]
                    .iter()
                    .filter(|p| !persons::surname_after_given_name(body, &toks, &taken, p.0))
                    .copied()
                    .collect();
                taken.extend_from_slice(&names);
                taken.sort_unstable();
                let mut found: Vec<(usize, usize, Option<String>)> = Vec::new();
                let mut added = false;
                let orgs: Vec<(usize, usize)> = within(&doc.actor_spans, s0, s1)
                    .filter(|s| !matches!(doc.actors[s.idx].kind.as_str(), "person" | "civilians"))
                    .map(|s| (s.start, s.end))
                    .collect();
                for p in persons::find(body, &toks, &cues, &taken, &orgs) {
                    let org = p.role_start.and_then(|rs| {
                        let lo = rs.saturating_sub(48).max(s0);
                        within(&doc.actor_spans, lo, p.start)
                            .filter(|s| {
                                !matches!(doc.actors[s.idx].kind.as_str(), "person" | "civilians")
                            })
                            .min_by_key(|s| {
                                // Distance to the role word; 0 when they overlap.
                                if s.end <= rs {
                                    rs - s.end
                                } else {
                                    s.start.saturating_sub(rs)
                                }
                            })
                            .map(|s| doc.actors[s.idx].facet.clone())
                    });
                    // "David Heymann, WHO Executive Director", "Jane Doe,
                    // regional director of UNICEF": the organisation in the
                    // appositive after the name
                    let org = org.or_else(|| {
                        let ra = p.role_after?;
                        let near = |len: usize| {
                            let mut hi = (ra + len).min(s1).max(p.end);
                            while !body.is_char_boundary(hi) {
                                hi -= 1;
                            }
                            let hi = hi.max(p.end);
                            let stop = body[p.end..hi]
                                .find(['.', ';', '(', '"', '\u{201c}', '\u{201d}'])
                                .map_or(hi, |k| p.end + k);
                            within(&doc.actor_spans, p.end, stop)
                                .filter(|s| {
                                    s.end <= stop
                                        && !matches!(
                                            doc.actors[s.idx].kind.as_str(),
                                            "person" | "civilians"
                                        )
                                })
                                .map(|s| (s.start, s.idx))
                                .collect::<Vec<_>>()
                        };
                        // "..., le Représentant Spécial du Secrétaire Général
                        // en RDC et Chef de la MONUSCO": the organisation the
                        // person heads, anywhere in the appositive
                        near(160)
                            .into_iter()
                            // (an organisation may open the title: "WHO Executive Director")
                            .rfind(|&(start, _)| body.get(ra..start).is_some_and(heads_next))
                            .or_else(|| near(60).first().copied())
                            .map(|(_, idx)| doc.actors[idx].facet.clone())
                    });
                    // "South Sudan President Salva Kiir", "el gobernador de
                    // Puerto Rico, Ricardo Rosselló": a head of state or
                    // minister named with a country speaks for its government
                    let org = org.or_else(|| {
                        let rs = p.role_start?;
                        let (row, _) = self.office_country(body, &doc, rs, p.start)?;
                        let a = self.government_of(row)?;
                        Some(self.actors[a as usize].facet.clone())
                    });
                    found.push((p.start, p.end, org));
                }
                for (start, end, org) in found.drain(..) {
                    let name = &body[start..end];
                    // "Jean Pierre Lacroix" is "Jean-Pierre Lacroix" named before
                    let key = person_key(name);
                    // ... and "Ramos Fernández" is "Alejandro Ramos Fernández":
                    // two or more of a longer name's last words
                    let same = doc
                        .actors
                        .iter()
                        .position(|a| a.kind == "person" && person_key(&a.name) == key)
                        .or_else(|| {
                            (key.contains(' ')).then(|| {
                                doc.actors.iter().position(|a| {
                                    a.kind == "person"
                                        && person_key(&a.name).ends_with(&format!(" {key}"))
                                })
                            })?
                        });
                    // the hyphenated spelling is the name's own
                    if let Some(k) =
                        same.filter(|&k| name.contains('-') && !doc.actors[k].name.contains('-'))
                    {
                        doc.rename_actor(k, &format!("/person/{}", seg(name)), name);
                    }
                    let facet = same.map_or_else(
                        || format!("/person/{}", seg(name)),
                        |k| doc.actors[k].facet.clone(),
                    );
                    let i = doc.add_actor(&facet, name, "person", None, (start, end));
                    if doc.actors[i].organisation.is_none() {
                        doc.actors[i].organisation = org;
                    }
                    let by = doc.actors[i].speaks_for();
                    persons_seen.push((start, by));
                    added = true;
                    taken.push((start, end));
                    if let Some(last) = name
                        .rsplit(' ')
                        .next()
                        .filter(|l| l.len() >= 3 && *l != name)
                    {
                        if !surnames.iter().any(|(s, _)| s == last) {
                            surnames.push((last.to_string(), i));
                        }
                    }
                }
                // "M. Lajčák a annoncé": a person named earlier, by surname
                // "el presidente Morales" (Jimmy Morales named before) is no
                // town of Morales; a country or region keeps its name ("Jordan")
                let town = |&(a, b): &(usize, usize)| {
                    surnames.iter().any(|(s, _)| *s == body[a..b])
                        && within(&doc.loc_spans, a, b).any(|s| {
                            (s.start, s.end) == (a, b)
                                && !matches!(
                                    self.locations[s.idx].kind.as_str(),
                                    "country" | "region"
                                )
                        })
                };
                let towns: Vec<(usize, usize)> = taken.iter().copied().filter(town).collect();
                if !towns.is_empty() {
                    taken.retain(|t| !towns.contains(t));
                }
                for (start, end, i) in persons::surname_mentions(body, &toks, &surnames, &taken) {
                    if towns.contains(&(start, end)) {
                        doc.drop_locations_within((start, end));
                    }
                    let a = &doc.actors[i];
                    let (facet, name) = (a.facet.clone(), a.name.clone());
                    doc.add_actor(&facet, &name, "person", None, (start, end));
                    let by = doc.actors[i].speaks_for();
                    persons_seen.push((start, by));
                    added = true;
                }
                persons_seen.sort_by_key(|p| p.0);
                if added {
                    doc.actor_spans.sort_by_key(|s| s.start);
                }
            }
            // attribution events in this sentence: (position, facet)
            let by_of_span = |s: &Span| -> String { doc.actors[s.idx].speaks_for() };
            let spans_in: Vec<Span> = within(&doc.actor_spans, s0, s1)
                .filter(|s| doc.actors[s.idx].kind != "civilians")
                .copied()
                .collect();
            let mut attributions: Vec<(usize, String)> = Vec::new();
            let mut spoken_for: Vec<(u32, (usize, usize))> = Vec::new();
            if let Some(at) = for_opener(&body[s0..s1]).map(|k| s0 + k) {
                if let Some(s) = spans_in.iter().find(|s| s.start == at) {
                    // (an acronym in brackets may follow the name)
                    if past_brackets(body[s.end..s1].trim_start()).starts_with(',') {
                        attributions.push((at, by_of_span(s)));
                    }
                }
            }
            for &(cs, ce, cue) in &cues {
                match cue {
                    Cue::According => {
                        let at = spans_in.partition_point(|s| s.start < ce);
                        if let Some(s) = spans_in[at..].first().filter(|s| s.start - ce <= 120) {
                            attributions.push((cs, by_of_span(s)));
                        } else if let Some((a, span)) = self.country_named_at(body, &doc, ce) {
                            // "reported by Malaysia", "according to Brazil"
                            spoken_for.push((a, span));
                            attributions.push((cs, self.actors[a as usize].facet.clone()));
                        }
                    }
                    Cue::Report => {
                        // passive: "has been reported in Muara District by
                        // the health authorities", "a été notifié par", "fue
                        // confirmado por": the agent speaks
                        if let Some(agent) = passive_agent(body, cs, ce, s1) {
                            let at = spans_in.partition_point(|s| s.start < agent);
                            if let Some(s) = spans_in[at..].first().filter(|s| s.start - agent <= 8)
                            {
                                attributions.push((cs, by_of_span(s)));
                                continue;
                            }
                            if let Some((a, span)) = self.country_named_at(body, &doc, agent) {
                                spoken_for.push((a, span));
                                attributions.push((cs, self.actors[a as usize].facet.clone()));
                                continue;
                            }
                        }
                        // a verb that opens its sentence has the last named
                        // speaker as its subject ("Anunció que ...", "Además,
                        // explicó que ..."): Spanish drops subject pronouns
                        // ... and so does one that closes it after a comma
                        // ("..., acotó.", "..., afirmó.")
                        // (not one before a colon, which opens what follows:
                        // "X, a local resident, said:")
                        let closes = body[..cs].trim_end().ends_with(',')
                            && body[ce..s1]
                                .chars()
                                .all(|c| !c.is_alphanumeric() && c != ':');
                        // (French and English do not drop subjects: "Condamne
                        // fermement ..." opens an item of a resolution, "Notes
                        // from this meeting" is no verb)
                        let opens = language == Language::Es && opens_sentence(&body[s0..cs]);
                        if opens || closes {
                            let at = persons_seen.partition_point(|(p, _)| *p < cs);
                            let last = at
                                .checked_sub(1)
                                .map(|k| persons_seen[k].1.clone())
                                .or_else(|| all_attributions.last().map(|(_, b)| b.clone()));
                            if let Some(by) = last {
                                attributions.push((cs, by));
                                continue;
                            }
                        }
                        let at = spans_in.partition_point(|s| s.start < cs);
                        // "UNHCR, the UN Refugee Agency, said", "Save the
                        // Children, which runs clinics with the Ministry of
                        // Health, said": the name before the apposition
                        let apposed = spans_in[..at]
                            .iter()
                            .rev()
                            .filter(|s| s.end <= cs)
                            .take_while(|s| cs - s.end <= 120)
                            .find(|s| apposition_gap(&body[s.end..cs]));
                        let subject = apposed.or_else(|| {
                            spans_in[..at]
                                .iter()
                                .rev()
                                .find(|s| s.end <= cs)
                                .filter(|s| {
                                    actor_subject_gap(
                                        &body[s0..s.start],
                                        &body[s.end..cs],
                                        &body[cs..ce],
                                    )
                                })
                        });
                        // "ICRC and MSF said", "Police and disaster officials
                        // say": the first of coordinated subjects speaks
                        let subject = subject.and_then(|s| first_conjunct(body, &spans_in, s));
                        if let Some(s) = subject {
                            attributions.push((cs, by_of_span(s)));
                            continue;
                        }
                        // pronoun subject: "he has assured that"
                        let ti = toks.partition_point(|t| t.start < cs);
                        let mut k = ti;
                        let mut pronoun = false;
                        let mut role = None;
                        while k > 0 && ti - k <= 3 {
                            k -= 1;
                            let t = toks[k];
                            if t.kind != TokKind::Word {
                                if &body[t.start..t.end] == "," {
                                    continue;
                                }
                                break;
                            }
                            let w = body[t.start..t.end].to_lowercase();
                            if PRONOUNS.contains(&w.as_str()) {
                                pronoun = true;
                                break;
                            }
                            if !AUX.contains(&w.as_str()) {
                                // "the minister said", "el Ministro informó
                                // que": a role with its definite article
                                // stands for the last person named with
                                // that title
                                // (cues are sorted by start: only those
                                // starting before the word can end with it)
                                let upto = cues.partition_point(|c| c.0 < t.end);
                                role = cues[..upto]
                                    .iter()
                                    .rev()
                                    .take(4)
                                    .find(|&&(rs, re, c)| {
                                        c == Cue::Role
                                            && re == t.end
                                            && rs >= s0
                                            && definite_before(&body[s0..rs])
                                    })
                                    .map(|&(rs, re, _)| (rs, re));
                                break;
                            }
                        }
                        if let Some((rs, re)) = role {
                            let at = persons_seen.partition_point(|(p, _)| *p < rs);
                            if let Some(by) =
                                titled_person(&body[..rs], &persons_seen[..at], &body[rs..re])
                            {
                                attributions.push((cs, by.to_string()));
                                continue;
                            }
                        }
                        if pronoun {
                            let at = persons_seen.partition_point(|(p, _)| *p < cs);
                            if let Some((_, by)) = at.checked_sub(1).map(|k| &persons_seen[k]) {
                                attributions.push((cs, by.clone()));
                                continue;
                            }
                        }
                        // the country named last before the cue in its sentence
                        let la = doc.loc_spans.partition_point(|s| s.start < cs);
                        let country = doc.loc_spans[..la].last().copied().filter(|l| {
                            l.start >= s0 && l.end <= cs && self.locations[l.idx].kind == "country"
                        });
                        // "Malaysia has reported", "Baku announced": a country
                        // (or its capital) that speaks is its government;
                        // "Lebanon's representative said": the country's
                        // government too
                        let speaker = country.and_then(|l| {
                            let gap = &body[l.end..cs];
                            if subject_gap(gap) {
                                Some((l, l.end))
                            } else if cs - l.end <= 60 && country_role_gap(gap) {
                                Some((l, gap.trim_end().len() + l.end))
                            } else {
                                None
                            }
                        });
                        if let Some((l, end)) = speaker {
                            if let Some(a) = self.government_of(l.idx) {
                                spoken_for.push((a, (l.start, end)));
                                attributions.push((cs, self.actors[a as usize].facet.clone()));
                                continue;
                            }
                        }
                        // inverted: "said the ICRC", "a indiqué mercredi son
                        // Président Miroslav Lajčák", "dijo el ministro X"
                        let at = spans_in.partition_point(|s| s.start < ce);
                        let verb = body[cs..ce].to_lowercase();
                        if let Some(s) = spans_in[at..]
                            .first()
                            .filter(|_| !cues::takes_object(&verb))
                            .filter(|s| inverted_subject_gap(&body[ce..s.start]))
                        {
                            attributions.push((cs, by_of_span(s)));
                        }
                    }
                    _ => {}
                }
            }
            for (a, span) in spoken_for {
                self.add_row(&mut doc, a, span);
                doc.actor_spans.sort_by_key(|s| s.start);
            }
            // an actor who says, announces or declares makes a public
            // statement (the taxonomy's political/announcement)
            for (cs, by) in &attributions {
                let cs = *cs;
                if let Some(&(_, ce, _)) = cues.iter().find(|c| c.0 == cs && c.2 == Cue::Report) {
                    let verb = body[cs..ce].to_lowercase();
                    // an institution's word, or an official's, is a public
                    // statement; a private person's is not
                    let declares = cues::makes_statement(&verb) || !by.starts_with("/person/");
                    if declares && !trigs.iter().any(|t| t.kind == "political/announcement") {
                        trigs.push(Trigger {
                            start: cs,
                            end: ce,
                            kind: "political/announcement",
                            first: 0,
                            last: 0,
                        });
                    }
                }
            }
            all_attributions.extend(attributions.iter().cloned());
            let paragraph = body[..s0].rfind('\n').map_or(0, |k| k + 1);
            if let Some((_, by)) = attributions.last() {
                carried = Some((paragraph, by.clone()));
            }
            if trigs.is_empty() {
                continue;
            }
            // a sector named in a sentence about aid delivered ("UNICEF
            // distributed safe drinking water", "provided services on water,
            // sanitation and hygiene") is the response's, not a need, unless
            // the sentence says something is lacking or needed
            if trigs.iter().any(|t| t.kind.starts_with("response/"))
                && trigs.iter().any(|t| t.kind.starts_with("needs/"))
                && !states_a_lack(&body[s0..s1])
            {
                trigs.retain(|t| !t.kind.starts_with("needs/"));
            }
            // claims
            for t in trigs.iter_mut() {
                t.first = toks.partition_point(|k| k.start < t.start);
                t.last = toks.partition_point(|k| k.start < t.end);
            }
            // counts matter only to triggers of counted types
            let counts = if trigs.iter().any(|t| t.countable()) {
                numbers::find_counts(body, &toks, matches!(language, Language::Fr | Language::Es))
            } else {
                Vec::new()
            };
            let reached = claims::reached_figures(body, &toks, &mut trigs, &counts);
            let assigned = claims::associate(body, &toks, &trigs, &counts, &reached);
            let mut trimmed = (s0, s1);
            let st = &body[s0..s1];
            trimmed.0 += st.len() - st.trim_start().len();
            trimmed.1 -= st.len() - st.trim_end().len();
            // the claim's text: the sentence, or when "sentences" are not split
            // (one range for a whole body) a window of words around the trigger
            let span_of = |t: &Trigger| -> (usize, usize) {
                if trimmed.1 - trimmed.0 <= MAX_SENTENCE {
                    return trimmed;
                }
                let mut a = t.start.saturating_sub(MAX_SENTENCE / 2).max(trimmed.0);
                while !body.is_char_boundary(a) {
                    a += 1;
                }
                let mut z = (t.end + MAX_SENTENCE / 2).min(trimmed.1);
                while !body.is_char_boundary(z) {
                    z -= 1;
                }
                let a = if a > trimmed.0 {
                    body[a..t.start].find(' ').map_or(a, |k| a + k + 1)
                } else {
                    a
                };
                let z = if z < trimmed.1 {
                    body[t.end..z].rfind(' ').map_or(z, |k| t.end + k)
                } else {
                    z
                };
                (a, z)
            };
            let location_in = |(a, z): (usize, usize)| {
                within(&doc.loc_spans, a, z)
                    .max_by_key(|s| {
                        (
                            self.locations[s.idx].specificity(),
                            std::cmp::Reverse(s.start),
                        )
                    })
                    .map(|s| self.locations[s.idx].facet.clone())
            };
            // (not by a sentence whose subject is another actor: "UNICEF
            // said ... L'UNICEF a lancé un appel" is UNICEF's; "The
            // Ministry reported ... WFP delivered food" is not the
            // Ministry's word)
            let opens_with_other = |by: &str| {
                spans_in.first().is_some_and(|s| {
                    let lead = body[s0..s.start].trim_start_matches(|c: char| !c.is_alphanumeric());
                    let article = lead.is_empty()
                        || [
                            "The ", "L'", "L’", "La ", "Le ", "Les ", "El ", "Los ", "Las ",
                        ]
                        .contains(&lead);
                    article && doc.actors[s.idx].speaks_for() != by
                })
            };
            let inherited = carried
                .as_ref()
                .filter(|(p, by)| *p == paragraph && !opens_with_other(by))
                .map(|(_, by)| by.clone());
            let mut local: Vec<Claim> = Vec::new();
            let (may_deny, may_project) =
                modality::cues_in(body, s0, s1, &toks, language, modal_words);
            for (ti, t) in trigs.iter().enumerate() {
                // "no casualties were reported": a denial claims nothing
                // (but a lack is the need itself: "no food", "sin agua", and
                // access denied is the appeal's matter)
                let deniable = !t.kind.starts_with("needs/") && !t.kind.starts_with("appeal/");
                if deniable && may_deny && modality::negated(body, &toks, t.first, t.last) {
                    continue;
                }
                let projection =
                    may_project && modality::projected(body, &toks, t.first, t.last, language);
                let at = attributions.partition_point(|(p, _)| *p <= t.start);
                let by = at
                    .checked_sub(1)
                    .map(|k| &attributions[k])
                    .or_else(|| attributions.get(at))
                    .map(|(_, f)| f.clone())
                    .or_else(|| inherited.clone());
                let span = span_of(t);
                let location = location_in(span);
                let mk = |count: Option<&numbers::Count>| Claim {
                    kind: t.kind.to_string(),
                    count: count.map(|c| c.value),
                    qualifier: count.and_then(|c| c.qualifier.clone()),
                    subject: count.and_then(|c| c.subject.clone()),
                    by: by.clone(),
                    location: location.clone(),
                    sentence: String::new(),
                    start: span.0,
                    end: span.1,
                    projection,
                };
                if assigned[ti].is_empty() {
                    local.push(mk(None));
                } else {
                    for &ci in &assigned[ti] {
                        local.push(mk(Some(&counts[ci])));
                    }
                }
            }
            // dedupe: one countless claim per type, none when a counted one exists
            let counted: HashSet<String> = local
                .iter()
                .filter(|c| c.count.is_some())
                .map(|c| c.kind.clone())
                .collect();
            let mut seen: HashSet<(String, Option<u64>, Option<String>)> = HashSet::default();
            for c in local {
                if c.count.is_none() && counted.contains(&c.kind) {
                    continue;
                }
                if !seen.insert((c.kind.clone(), c.count, c.subject.clone())) {
                    continue;
                }
                claims_out.push((
                    c.start,
                    c.end,
                    Claim {
                        sentence: body[c.start..c.end].to_string(),
                        ..c
                    },
                ));
            }
        }

        // a table or paragraph's claims are those of the source line under it
        // claims starting in `from..to` that have no source yet get `by`
        let fill = |claims: &mut Vec<(usize, usize, Claim)>, from: usize, to: usize, by: &str| {
            for (s, _, c) in claims.iter_mut() {
                if c.by.is_none() && (from..to).contains(s) {
                    c.by = Some(by.to_string());
                }
            }
        };
        all_attributions.sort_by_key(|a| a.0);
        for (from, to, by) in source_lines(body, &all_attributions) {
            fill(&mut claims_out, from, to, by);
        }
        // a quotation's claims are its speaker's
        let quotes = speaker::quotations(body);
        if !quotes.is_empty() {
            for (s, e, c) in &mut claims_out {
                if c.by.is_none() {
                    // the claim's sentence lies in a quotation: probe its middle
                    let mid = *s + (*e - *s) / 2;
                    if let Some(by) =
                        speaker::quoted_speaker(body, &sents, mid, &quotes, &all_attributions)
                    {
                        c.by = Some(by.to_string());
                    }
                }
            }
        }
        // the list or paragraph under an attributed lead-in ("X reported
        // the following:") is X's
        for (from, to, by) in lead_ins(body, &all_attributions) {
            fill(&mut claims_out, from, to, by);
        }
        // a statement's claims without a source are its speaker's
        let named: Vec<Named> = doc
            .actor_spans
            .iter()
            .filter(|s| doc.actors[s.idx].kind != "civilians")
            .map(|s| Named {
                start: s.start,
                end: s.end,
                actor: s.idx,
            })
            .collect();
        if let Some((a, from)) = speaker::document_speaker(body, &named) {
            fill(
                &mut claims_out,
                from,
                body.len() + 1,
                &doc.actors[a].speaks_for(),
            );
        }

        // offsets to characters, output in body order
        let mut ci = CharIndex::new(body);
        let mut events: Vec<usize> = Vec::new();
        for a in &doc.actors {
            for m in &a.mentions {
                events.extend([m.0, m.1]);
            }
        }
        for (_, ms) in &doc.locs {
            for m in ms {
                events.extend([m.0, m.1]);
            }
        }
        for (s, e, _) in &claims_out {
            events.extend([*s, *e]);
        }
        events.sort_unstable();
        events.dedup();
        let chars: Vec<usize> = events.iter().map(|&b| ci.char_at(b)).collect();
        let char_of = |b: usize| chars[events.partition_point(|&x| x < b)];
        let mention = |m: &(usize, usize)| Mention {
            text: body[m.0..m.1].to_string(),
            start: char_of(m.0),
            end: char_of(m.1),
            in_title: false,
        };
        let mut actors: Vec<Actor> = doc
            .actors
            .into_iter()
            .filter(|a| !a.mentions.is_empty())
            .map(|mut a| {
                a.mentions.sort_unstable();
                a.mentions.dedup();
                Actor {
                    mentions: a.mentions.iter().map(mention).collect(),
                    name: a.name,
                    facet: a.facet,
                    kind: a.kind,
                    country: a.country,
                    organisation: a.organisation,
                }
            })
            .collect();
        actors.sort_by_key(|a| a.mentions.first().map_or(0, |m| m.start));
        let mut locations: Vec<Location> = doc
            .locs
            .into_iter()
            .filter(|(_, ms)| !ms.is_empty())
            .map(|(row, mut ms)| {
                ms.sort_unstable();
                let l = &self.locations[row as usize];
                Location {
                    name: l.name.clone(),
                    facet: l.facet.clone(),
                    iso3: l.iso3.clone(),
                    kind: l.kind.clone(),
                    lat: l.lat,
                    lon: l.lon,
                    mentions: ms.iter().map(mention).collect(),
                }
            })
            .collect();
        locations.sort_by_key(|l| l.mentions.first().map_or(0, |m| m.start));
        let claims = claims_out
            .into_iter()
            .map(|(s, e, c)| Claim {
                start: char_of(s),
                end: char_of(e),
                ..c
            })
            .collect();
        Extraction {
            actors,
            locations,
            claims,
        }
    }
}
