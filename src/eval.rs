//! Evaluation: scores the extractor against the hand-labelled reports of
//! `tests/eval` (compiled in) and, when given the shared corpus, against its
//! document-level labels (WHO countries, ReliefWeb countries, message
//! categories). Pure scoring; `commands/eval.rs` prints the figures.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::ControlFlow;
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::corpus::{read_embedded, record_from_json, ReadOptions};
use crate::extract::{Claim, Extraction, Extractor};
use crate::lang::Language;
use crate::normalize::fold_name;
use crate::record::Record;
use crate::report::process;
use crate::Error;

/// The labelled reports (text), picked by `scripts/pick_eval.py`.
const REPORTS: &[u8] = include_bytes!("../tests/eval/reports.jsonl");
/// More tuning reports, picked by `scripts/pick_eval.py --more`.
const REPORTS_MORE: &[u8] = include_bytes!("../tests/eval/reports-more.jsonl");
/// The first held-out set (`pick_eval.py --held-out`), scored blind in
/// sessions 6 and 7 and then retired to tuning (batches f-i).
const REPORTS_RETIRED: &[u8] = include_bytes!("../tests/eval/reports-retired.jsonl");
/// 35 more tuning reports (`pick_eval.py --more2`, batches r-u), scored
/// once before any rule was tuned on them (tests/eval/results/README.md).
const REPORTS_MORE2: &[u8] = include_bytes!("../tests/eval/reports-more2.jsonl");
/// 27 more tuning reports (`pick_eval.py --more3`, batches v-y, session 10),
/// scored once before any rule was tuned on them (tests/eval/results/README.md).
const REPORTS_MORE3: &[u8] = include_bytes!("../tests/eval/reports-more3.jsonl");
/// 21 more tuning reports (`pick_eval.py --more4`, batches z1-z4, session
/// 12), scored once before any rule was tuned on them
/// (tests/eval/results/README.md).
const REPORTS_MORE4: &[u8] = include_bytes!("../tests/eval/reports-more4.jsonl");
/// The seed report, labelled in `labels/seed.jsonl` under the id `seed`.
const SEED: &str = include_str!("../tests/fixtures/seed.txt");
/// Hand labels, one file per labelling batch (see `tests/eval/GUIDELINES.md`).
const LABELS: &[&str] = &[
    include_str!("../tests/eval/labels/batch-a.jsonl"),
    include_str!("../tests/eval/labels/batch-b.jsonl"),
    include_str!("../tests/eval/labels/batch-c.jsonl"),
    include_str!("../tests/eval/labels/batch-d.jsonl"),
    include_str!("../tests/eval/labels/batch-e.jsonl"),
    include_str!("../tests/eval/labels/batch-f.jsonl"),
    include_str!("../tests/eval/labels/batch-g.jsonl"),
    include_str!("../tests/eval/labels/batch-h.jsonl"),
    include_str!("../tests/eval/labels/batch-i.jsonl"),
    include_str!("../tests/eval/labels/batch-j.jsonl"),
    include_str!("../tests/eval/labels/batch-k.jsonl"),
    include_str!("../tests/eval/labels/batch-l.jsonl"),
    include_str!("../tests/eval/labels/batch-m.jsonl"),
    include_str!("../tests/eval/labels/batch-r.jsonl"),
    include_str!("../tests/eval/labels/batch-s.jsonl"),
    include_str!("../tests/eval/labels/batch-t.jsonl"),
    include_str!("../tests/eval/labels/batch-u.jsonl"),
    include_str!("../tests/eval/labels/batch-v.jsonl"),
    include_str!("../tests/eval/labels/batch-w.jsonl"),
    include_str!("../tests/eval/labels/batch-x.jsonl"),
    include_str!("../tests/eval/labels/batch-y.jsonl"),
    include_str!("../tests/eval/labels/batch-z1.jsonl"),
    include_str!("../tests/eval/labels/batch-z2.jsonl"),
    include_str!("../tests/eval/labels/batch-z3.jsonl"),
    include_str!("../tests/eval/labels/batch-z4.jsonl"),
    include_str!("../tests/eval/labels/seed.jsonl"),
];

/// The held-out reports (`scripts/pick_eval.py --fresh`, session 7): scored,
/// never read while tuning rules, so they estimate how the rules do on
/// unseen text.
const HELD_OUT_REPORTS: &[u8] = include_bytes!("../tests/eval/heldout/reports.jsonl");
const HELD_OUT_LABELS: &[&str] = &[
    include_str!("../tests/eval/heldout/labels/batch-n.jsonl"),
    include_str!("../tests/eval/heldout/labels/batch-o.jsonl"),
    include_str!("../tests/eval/heldout/labels/batch-p.jsonl"),
    include_str!("../tests/eval/heldout/labels/batch-q.jsonl"),
];

/// Which labelled set to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalSet {
    /// `tests/eval`: the reports rules were tuned against (plus the seed).
    Tuning,
    /// `tests/eval/heldout`: never read while tuning.
    HeldOut,
}

impl EvalSet {
    fn reports(self) -> Vec<(&'static str, &'static [u8])> {
        match self {
            EvalSet::Tuning => vec![
                ("tests/eval/reports.jsonl", REPORTS),
                ("tests/eval/reports-more.jsonl", REPORTS_MORE),
                ("tests/eval/reports-retired.jsonl", REPORTS_RETIRED),
                ("tests/eval/reports-more2.jsonl", REPORTS_MORE2),
                ("tests/eval/reports-more3.jsonl", REPORTS_MORE3),
                ("tests/eval/reports-more4.jsonl", REPORTS_MORE4),
            ],
            EvalSet::HeldOut => vec![("tests/eval/heldout/reports.jsonl", HELD_OUT_REPORTS)],
        }
    }

    fn labels(self) -> &'static [&'static str] {
        match self {
            EvalSet::Tuning => LABELS,
            EvalSet::HeldOut => HELD_OUT_LABELS,
        }
    }
}

/// Claim types that carry a count of people.
const COUNTED: &[&str] = &["casualties/", "displacement/"];

/// True/false positives and false negatives, with the usual ratios.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds the comparison of one document's gold and predicted sets.
    fn add_sets<T: Ord>(&mut self, gold: &BTreeSet<T>, pred: &BTreeSet<T>) {
        let tp = gold.intersection(pred).count() as u64;
        self.tp += tp;
        self.fn_ += gold.len() as u64 - tp;
        self.fp += pred.len() as u64 - tp;
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// `hits` out of `total`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Accuracy {
    pub hits: u64,
    pub total: u64,
}

impl Accuracy {
    pub fn value(&self) -> f64 {
        ratio(self.hits, self.total)
    }
    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hits += hit as u64;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Deserialize)]
struct Gold {
    id: String,
    #[serde(default)]
    actors: Vec<GoldMention>,
    #[serde(default)]
    locations: Vec<GoldMention>,
    #[serde(default)]
    claims: Vec<GoldClaim>,
}

#[derive(Debug, Deserialize)]
struct GoldMention {
    facet: String,
}

#[derive(Debug, Deserialize)]
struct GoldClaim {
    #[serde(rename = "type")]
    kind: String,
    count: Option<u64>,
    by: Option<String>,
    #[serde(default)]
    negated: bool,
    #[serde(default)]
    projection: bool,
    #[serde(default)]
    evidence: String,
}

/// What one report got wrong, for `eval --errors`.
#[derive(Debug, Clone, Default)]
pub struct Misses {
    pub id: String,
    pub language: String,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

/// Scores on the labelled set.
#[derive(Debug, Clone, Default)]
pub struct Labelled {
    pub reports: usize,
    pub by_language: BTreeMap<String, usize>,
    pub actors: Prf,
    pub locations: Prf,
    /// Locations compared by country only (the first path segment).
    pub countries: Prf,
    pub claim_types: Prf,
    pub per_type: BTreeMap<String, Prf>,
    /// Per language: actors, locations, claim types.
    pub per_language: BTreeMap<String, [Prf; 3]>,
    /// Labelled counts found with the same type and number.
    pub counts: Accuracy,
    /// Extracted counts (counted types) that match a labelled (type, count).
    pub count_precision: Accuracy,
    /// Labelled location paths that were not vocabulary facets and were
    /// read as the vocabulary's place of that name (see `LabelResolver`).
    pub locations_resolved: u64,
    /// Labelled actor facets that were not vocabulary facets and were read
    /// as the vocabulary's actor of that name (see `ActorResolver`).
    pub actors_resolved: u64,
    /// Labelled attributions found: a claim of the same type by the same
    /// actor (a person and the organisation they speak for are one speaker).
    pub attribution: Accuracy,
    /// Extracted attributions that match a labelled (type, by).
    pub attribution_precision: Accuracy,
    /// Projection flags of the labelled claims the extractor also found
    /// (same type, in the sentence of the label's evidence): positive =
    /// marked a projection, plan, risk or hypothetical.
    pub projections: Prf,
    pub misses: Vec<Misses>,
}

/// Scores against the shared corpus's document-level labels.
#[derive(Debug, Clone, Default)]
pub struct CorpusScores {
    /// WHO Disease Outbreak News: `country_iso3` against extracted ISO3 codes.
    pub who_countries: Prf,
    /// The same, counting only labelled countries whose name (or an alias,
    /// four letters or more) occurs in the title or body: many multi-country
    /// reports list countries their text never names.
    pub who_countries_named: Prf,
    pub who_reports: usize,
    /// ReliefWeb 2026: `country` names against extracted countries.
    pub reliefweb_countries: Prf,
    pub reliefweb_reports: usize,
    /// Disaster messages: categories mapped to claim types.
    pub message_types: BTreeMap<String, Prf>,
    pub messages: usize,
}

/// Parses the compiled-in labels; an error names the batch line.
fn gold(set: EvalSet) -> Result<HashMap<String, Gold>, Error> {
    let mut out = HashMap::new();
    for (i, batch) in set.labels().iter().enumerate() {
        for (n, line) in batch.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let g: Gold = serde_json::from_str(line).map_err(|e| {
                Error::Usage(format!(
                    "evaluation labels, batch {} line {}: {e}",
                    i + 1,
                    n + 1
                ))
            })?;
            out.insert(g.id.clone(), g);
        }
    }
    Ok(out)
}

/// The labelled reports as records, the seed first in the tuning set.
fn labelled_records(set: EvalSet) -> Result<Vec<Record>, Error> {
    let mut records = Vec::new();
    if set == EvalSet::Tuning {
        let mut seed = Map::new();
        seed.insert("id".into(), Value::from("seed"));
        seed.insert("body".into(), Value::from(SEED));
        seed.insert("language".into(), Value::from("en"));
        records.push(record_from_json(seed).map_err(Error::Usage)?);
    }
    let mut failure = None;
    for (name, bytes) in set.reports() {
        read_embedded(
            name,
            bytes,
            &ReadOptions::default(),
            &mut |item| match item {
                Ok((r, _, _)) => {
                    records.push(r);
                    ControlFlow::Continue(())
                }
                Err(e) => {
                    failure = Some(Error::Usage(e.to_string()));
                    ControlFlow::Break(())
                }
            },
        );
        if let Some(e) = failure.take() {
            return Err(e);
        }
    }
    Ok(records)
}

fn is_counted(kind: &str) -> bool {
    COUNTED.iter().any(|p| kind.starts_with(p))
}

fn country_of(facet: &str) -> String {
    facet.split('/').nth(1).unwrap_or("").to_string()
}

/// Resolves labelled location paths to the vocabulary's facets. Labellers
/// write a path by hand when `schema/locations.tsv` lacks the place, or
/// spell a level differently ("/Chad/N'Djamena" for the vocabulary's
/// "/Chad/N’Djaména/N'Djamena"); the vocabulary grows between sessions too.
/// A labelled path that is not a facet is read as "the place called <leaf>
/// in <country>": when exactly one vocabulary entry of that country has that
/// name or alias (or one of several sits under the labelled region, or at
/// the labelled depth), the label means that entry. Anything else is kept as
/// written, so a place the vocabulary lacks stays a miss.
struct LabelResolver {
    facets: HashSet<String>,
    /// (folded country segment, folded name) -> (facet, depth of the facet)
    by_name: HashMap<(String, String), Vec<(String, usize)>>,
    /// folded country name or alias -> the country's facet segment
    countries: HashMap<String, String>,
}

impl LabelResolver {
    fn new() -> Result<LabelResolver, Error> {
        let rows = crate::extract::vocab::parse_locations(crate::extract::vocab::LOCATIONS_TSV)?;
        let mut r = LabelResolver {
            facets: HashSet::new(),
            by_name: HashMap::new(),
            countries: HashMap::new(),
        };
        for row in &rows {
            r.facets.insert(row.facet.clone());
            let country = country_of(&row.facet);
            let names = std::iter::once(&row.name)
                .chain(&row.aliases)
                .chain((!row.short.is_empty()).then_some(&row.short));
            for n in names {
                if row.kind == "country" {
                    r.countries.insert(fold_name(n), country.clone());
                }
                let e = r
                    .by_name
                    .entry((fold_name(&country), fold_name(n)))
                    .or_default();
                let depth = row.facet.matches('/').count();
                if !e.iter().any(|(f, _)| *f == row.facet) {
                    e.push((row.facet.clone(), depth));
                }
            }
        }
        Ok(r)
    }

    /// The facet a labelled path means (see the type's comment).
    fn resolve(&self, label: &str) -> String {
        if self.facets.contains(label) {
            return label.to_string();
        }
        let segs: Vec<&str> = label.split('/').filter(|s| !s.is_empty()).collect();
        let Some((&leaf, _)) = segs.split_last() else {
            return label.to_string();
        };
        let country = self
            .countries
            .get(&fold_name(segs[0]))
            .cloned()
            .unwrap_or_else(|| segs[0].to_string());
        if segs.len() == 1 {
            return format!("/{country}");
        }
        let Some(found) = self.by_name.get(&(fold_name(&country), fold_name(leaf))) else {
            return label.to_string();
        };
        let pick = |c: Vec<&(String, usize)>| (c.len() == 1).then(|| c[0].0.clone());
        let all: Vec<&(String, usize)> = found.iter().filter(|(_, d)| *d > 1).collect();
        let region = (segs.len() == 3).then(|| fold_name(segs[1]));
        let under: Vec<&(String, usize)> = all
            .iter()
            .copied()
            .filter(|(f, _)| {
                region
                    .as_ref()
                    .is_some_and(|r| f.split('/').any(|s| fold_name(s) == *r))
            })
            .collect();
        let deep: Vec<&(String, usize)> = all
            .iter()
            .copied()
            .filter(|(_, d)| *d == segs.len())
            .collect();
        pick(all)
            .or_else(|| pick(under))
            .or_else(|| pick(deep))
            .unwrap_or_else(|| label.to_string())
    }
}

/// Resolves labelled actor facets to the vocabulary's, the way
/// [`LabelResolver`] does for places: a facet the vocabulary does not have
/// ("/other/Pan-American Health Organisation" once the vocabulary files it
/// as "/humanitarian/PAHO") is read as "the actor called <leaf>" when
/// exactly one vocabulary actor has that name, acronym or alias. Persons
/// and unknown names stay as written.
struct ActorResolver {
    facets: HashSet<String>,
    by_name: HashMap<String, Vec<String>>,
}

impl ActorResolver {
    fn new() -> Result<ActorResolver, Error> {
        let rows = crate::extract::vocab::parse_actors(crate::extract::vocab::ACTORS_TSV)?;
        let mut r = ActorResolver {
            facets: HashSet::new(),
            by_name: HashMap::new(),
        };
        for row in &rows {
            r.facets.insert(row.facet.clone());
            let leaf = row.facet.rsplit('/').next().unwrap_or("").to_string();
            let names = [&row.name, &row.acronym, &leaf]
                .into_iter()
                .chain(&row.aliases)
                .filter(|n| !n.is_empty());
            for n in names {
                let e = r.by_name.entry(fold_name(n)).or_default();
                if !e.contains(&row.facet) {
                    e.push(row.facet.clone());
                }
            }
        }
        Ok(r)
    }

    fn resolve(&self, label: &str) -> String {
        if self.facets.contains(label) || label.starts_with("/person/") {
            return label.to_string();
        }
        let leaf = label.rsplit('/').next().unwrap_or("");
        match self.by_name.get(&fold_name(leaf)).map(Vec::as_slice) {
            Some([one]) => one.clone(),
            _ => label.to_string(),
        }
    }
}

/// The claims' speakers as a labeller may name them: a person who speaks
/// for an organisation (`organisation` in the extraction) makes the claims
/// for it, so a label naming the person and one naming the organisation
/// mean the same speaker. Returns person facet -> organisation facet.
fn spokespersons(ex: &Extraction) -> HashMap<&str, &str> {
    ex.actors
        .iter()
        .filter(|a| a.kind == "person")
        .filter_map(|a| Some((a.facet.as_str(), a.organisation.as_deref()?)))
        .collect()
}

/// `s` with each run of white space as one space, trimmed.
fn one_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores the extractor on a labelled set.
pub fn score_labelled(extractor: &Extractor, set: EvalSet) -> Result<Labelled, Error> {
    let gold = gold(set)?;
    let resolver = LabelResolver::new()?;
    let actor_names = ActorResolver::new()?;
    let records = labelled_records(set)?;
    let done: Vec<(String, Language, Extraction)> = records
        .into_par_iter()
        .map(|r| {
            let rep = process(r, extractor);
            (rep.record.id, rep.language, rep.extraction)
        })
        .collect();
    let mut s = Labelled::default();
    for (id, language, ex) in &done {
        let Some(g) = gold.get(id) else {
            return Err(Error::Usage(format!(
                "evaluation report {id} has no labels ({set:?} set)"
            )));
        };
        s.reports += 1;
        let lang = language.code().to_string();
        *s.by_language.entry(lang.clone()).or_default() += 1;
        let mut miss = Misses {
            id: id.clone(),
            language: lang.clone(),
            ..Misses::default()
        };
        let mut compare = |dim: &str, gold: BTreeSet<String>, pred: BTreeSet<String>| {
            for x in gold.difference(&pred) {
                miss.missed.push(format!("{dim} {x}"));
            }
            for x in pred.difference(&gold) {
                miss.spurious.push(format!("{dim} {x}"));
            }
            let mut p = Prf::default();
            p.add_sets(&gold, &pred);
            p
        };
        // Victim groups ("civilians") are not labelled as actors.
        s.actors_resolved += g
            .actors
            .iter()
            .filter(|m| actor_names.resolve(&m.facet) != m.facet)
            .count() as u64;
        let a = compare(
            "actor",
            g.actors
                .iter()
                .map(|m| actor_names.resolve(&m.facet))
                .collect(),
            ex.actors
                .iter()
                .filter(|a| a.kind != "civilians")
                .map(|a| a.facet.clone())
                .collect(),
        );
        let gold_locs: BTreeSet<String> = g
            .locations
            .iter()
            .map(|m| resolver.resolve(&m.facet))
            .collect();
        s.locations_resolved += g
            .locations
            .iter()
            .filter(|m| resolver.resolve(&m.facet) != m.facet)
            .count() as u64;
        let pred_locs: BTreeSet<String> = ex.locations.iter().map(|l| l.facet.clone()).collect();
        s.countries.add_sets(
            &gold_locs.iter().map(|f| country_of(f)).collect(),
            &pred_locs.iter().map(|f| country_of(f)).collect(),
        );
        let l = compare("location", gold_locs, pred_locs);
        let gold_types: BTreeSet<String> = g
            .claims
            .iter()
            .filter(|c| !c.negated)
            .map(|c| c.kind.clone())
            .collect();
        let pred_types: BTreeSet<String> = ex.claims.iter().map(|c| c.kind.clone()).collect();
        for t in gold_types.union(&pred_types) {
            let e = s.per_type.entry(t.clone()).or_default();
            match (gold_types.contains(t), pred_types.contains(t)) {
                (true, true) => e.tp += 1,
                (true, false) => e.fn_ += 1,
                (false, true) => e.fp += 1,
                (false, false) => {}
            }
        }
        let c = compare("claim", gold_types, pred_types);
        s.actors.add(a);
        s.locations.add(l);
        s.claim_types.add(c);
        let per = s.per_language.entry(lang).or_default();
        per[0].add(a);
        per[1].add(l);
        per[2].add(c);

        // Counts and attribution, claim by claim.
        let pred_counts: BTreeSet<(&str, u64)> = ex
            .claims
            .iter()
            .filter_map(|c| Some((c.kind.as_str(), c.count?)))
            .collect();
        let pred_by: BTreeSet<(&str, &str)> = ex
            .claims
            .iter()
            .filter_map(|c| Some((c.kind.as_str(), c.by.as_deref()?)))
            .collect();
        let speaks_for = spokespersons(ex);
        let live = || g.claims.iter().filter(|c| !c.negated);
        // (each claim's sentence with its runs of white space as one space)
        let sentences: Vec<String> = ex.claims.iter().map(|x| one_spaced(&x.sentence)).collect();
        let gold_counts: BTreeSet<(&str, u64)> = live()
            .filter_map(|c| Some((c.kind.as_str(), c.count?)))
            .collect();
        let gold_by_owned: Vec<(&str, String)> = live()
            .filter_map(|c| Some((c.kind.as_str(), actor_names.resolve(c.by.as_deref()?))))
            .collect();
        let gold_by: BTreeSet<(&str, &str)> = gold_by_owned
            .iter()
            .map(|(k, b)| (*k, b.as_str()))
            .collect();
        for c in live() {
            if let Some(n) = c.count {
                let hit = pred_counts.contains(&(c.kind.as_str(), n));
                s.counts.add(hit);
                if !hit {
                    miss.missed.push(format!("count {} {n}", c.kind));
                }
            }
            // projection flags, on the claims found in the labelled sentence
            let evidence = one_spaced(&c.evidence);
            let found: Vec<&Claim> = ex
                .claims
                .iter()
                .zip(&sentences)
                .filter(|(x, sentence)| {
                    x.kind == c.kind && !evidence.is_empty() && sentence.contains(&evidence)
                })
                .map(|(x, _)| x)
                .collect();
            if !found.is_empty() {
                let marked = found.iter().any(|x| x.projection);
                match (c.projection, marked) {
                    (true, true) => s.projections.tp += 1,
                    (false, true) => s.projections.fp += 1,
                    (true, false) => s.projections.fn_ += 1,
                    (false, false) => {}
                }
            }
            if let Some(by) = c.by.as_deref() {
                let by = actor_names.resolve(by);
                let by = by.as_str();
                let org = speaks_for.get(by).copied();
                let hit = pred_by.contains(&(c.kind.as_str(), by))
                    || org.is_some_and(|o| pred_by.contains(&(c.kind.as_str(), o)));
                s.attribution.add(hit);
                if !hit {
                    miss.missed.push(format!("by {} {by}", c.kind));
                }
            }
        }
        for &(kind, n) in &pred_counts {
            if is_counted(kind) {
                let hit = gold_counts.contains(&(kind, n));
                s.count_precision.add(hit);
                if !hit {
                    miss.spurious.push(format!("count {kind} {n}"));
                }
            }
        }
        for &(kind, by) in &pred_by {
            let hit = gold_by.contains(&(kind, by))
                || gold_by
                    .iter()
                    .any(|&(k, g)| k == kind && speaks_for.get(g) == Some(&by));
            s.attribution_precision.add(hit);
            if !hit {
                miss.spurious.push(format!("by {kind} {by}"));
            }
        }
        s.misses.push(miss);
    }
    s.misses.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(s)
}

/// Disaster-message categories with a claim type that means the same.
const MESSAGE_TYPES: &[(&str, &str)] = &[
    ("death", "casualties/killed"),
    ("missing_people", "casualties/missing"),
    ("refugees", "displacement/refugees"),
    ("food", "needs/food"),
    ("water", "needs/water-sanitation"),
    ("shelter", "needs/shelter"),
    ("medical_help", "needs/health"),
    ("floods", "hazard/flood"),
    ("storm", "hazard/storm"),
    ("fire", "hazard/fire"),
    ("earthquake", "hazard/earthquake"),
];

/// Reads one corpus file, runs the extractor on every record in parallel and
/// hands each record's JSON (for its labels) and extraction to `score`.
fn each_record(
    path: &Path,
    extractor: &Extractor,
    mut score: impl FnMut(&Map<String, Value>, &Extraction),
) -> Result<usize, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let rows: Vec<Map<String, Value>> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let done: Vec<Option<Extraction>> = rows
        .par_iter()
        .map(|m| {
            let r = record_from_json(m.clone()).ok()?;
            Some(process(r, extractor).extraction)
        })
        .collect();
    let mut n = 0;
    for (m, ex) in rows.iter().zip(&done) {
        if let Some(ex) = ex {
            score(m, ex);
            n += 1;
        }
    }
    Ok(n)
}

/// Country names and aliases of four letters or more, by ISO3.
fn country_names() -> Result<HashMap<String, Vec<String>>, Error> {
    let rows = crate::extract::vocab::parse_locations(crate::extract::vocab::LOCATIONS_TSV)?;
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for r in rows.into_iter().filter(|r| r.kind == "country") {
        let e = out.entry(r.iso3.clone()).or_default();
        for n in std::iter::once(r.name)
            .chain(std::iter::once(r.short))
            .chain(r.aliases)
        {
            if n.chars().count() >= 4 && !e.contains(&n) {
                e.push(n);
            }
        }
    }
    Ok(out)
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str())
            .map(String::from)
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Scores against the document-level labels of `../shared/corpus`.
pub fn score_corpus(extractor: &Extractor, dir: &Path) -> Result<CorpusScores, Error> {
    let mut s = CorpusScores::default();
    let names = country_names()?;
    let who = dir.join("who-dons.jsonl");
    if who.exists() {
        s.who_reports = each_record(&who, extractor, |m, ex| {
            let gold: BTreeSet<String> = strings(m.get("country_iso3")).into_iter().collect();
            if gold.is_empty() {
                return;
            }
            let pred: BTreeSet<String> = ex.locations.iter().map(|l| l.iso3.clone()).collect();
            s.who_countries.add_sets(&gold, &pred);
            let text = format!(
                "{} {}",
                m.get("title").and_then(Value::as_str).unwrap_or(""),
                m.get("body").and_then(Value::as_str).unwrap_or("")
            );
            let named: BTreeSet<String> = gold
                .iter()
                .filter(|iso| {
                    names
                        .get(iso.as_str())
                        .is_some_and(|ns| ns.iter().any(|n| text.contains(n.as_str())))
                })
                .cloned()
                .collect();
            s.who_countries_named.add_sets(&named, &pred);
        })?;
    }
    let rw = dir.join("reliefweb-2026.jsonl");
    if rw.exists() {
        s.reliefweb_reports = each_record(&rw, extractor, |m, ex| {
            // Country names to the country facets of the vocabulary.
            let gold: BTreeSet<String> = strings(m.get("country"))
                .iter()
                .filter_map(|c| {
                    crate::extract::vocab::lookup("location", c)
                        .into_iter()
                        .find(|f| f.matches('/').count() == 1)
                })
                .collect();
            if gold.is_empty() {
                return;
            }
            let pred: BTreeSet<String> = ex
                .locations
                .iter()
                .map(|l| format!("/{}", country_of(&l.facet)))
                .collect();
            s.reliefweb_countries.add_sets(&gold, &pred);
        })?;
    }
    let msgs = dir.join("disaster-messages.jsonl");
    if msgs.exists() {
        s.messages = each_record(&msgs, extractor, |m, ex| {
            let labels = strings(m.get("labels"));
            for (label, kind) in MESSAGE_TYPES {
                let gold = labels.iter().any(|l| l == label);
                let pred = ex.claims.iter().any(|c| c.kind == *kind);
                let e = s.message_types.entry((*kind).to_string()).or_default();
                match (gold, pred) {
                    (true, true) => e.tp += 1,
                    (true, false) => e.fn_ += 1,
                    (false, true) => e.fp += 1,
                    (false, false) => {}
                }
            }
        })?;
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_labelled_report_has_labels_and_valid_types() {
        let types: BTreeSet<String> = crate::extract::vocab::claim_types()
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        for (set, least) in [(EvalSet::Tuning, 81), (EvalSet::HeldOut, 30)] {
            check_set(set, least, &types);
        }
    }

    fn check_set(set: EvalSet, least: usize, types: &BTreeSet<String>) {
        let gold = gold(set).unwrap();
        let records = labelled_records(set).unwrap();
        assert!(records.len() >= least, "{set:?}: {}", records.len());
        let tuning: BTreeSet<String> = labelled_records(EvalSet::Tuning)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect();
        for r in &records {
            if set == EvalSet::HeldOut {
                assert!(!tuning.contains(&r.id), "{} is in both sets", r.id);
            }
            let g = gold
                .get(&r.id)
                .unwrap_or_else(|| panic!("no labels for {}", r.id));
            for c in &g.claims {
                assert!(types.contains(&c.kind), "{}: {}", r.id, c.kind);
            }
        }
    }

    #[test]
    fn prf_arithmetic() {
        let mut p = Prf::default();
        let g: BTreeSet<&str> = ["a", "b", "c"].into();
        let x: BTreeSet<&str> = ["b", "c", "d", "e"].into();
        p.add_sets(&g, &x);
        assert_eq!((p.tp, p.fp, p.fn_), (2, 2, 1));
        assert!((p.precision() - 0.5).abs() < 1e-9);
        assert!((p.recall() - 2.0 / 3.0).abs() < 1e-9);
        assert!((p.f1() - 4.0 / 7.0).abs() < 1e-9);
    }
}
