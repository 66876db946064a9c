//! Output shapes: the JSON contract of every command, one struct each.
//! `schema/*.schema.json` describes the same shapes; tests validate real
//! output against them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::extract::{Actor, Claim, Location};

/// One report with everything extracted: what `extract` prints per report,
/// what `show` prints, and the core of every search hit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReportOut {
    /// Record id.
    pub id: String,
    /// Title (first sentence of the body when the record had none).
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Language code used for stemming and extraction (en, fr, es, xx).
    pub language: String,
    /// Publishing organisations, from the record.
    #[serde(default)]
    pub source: Vec<String>,
    /// Countries the record was tagged with, from the record.
    #[serde(default)]
    pub country: Vec<String>,
    /// Link to the report.
    #[serde(default)]
    pub url: Option<String>,
    /// Actors found in the text.
    pub actors: Vec<Actor>,
    /// Locations found in the text.
    pub locations: Vec<Location>,
    /// Claims found in the text.
    pub claims: Vec<Claim>,
    /// Normalized body (`show` and `extract --body` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Other fields of the record, kept as given (`show` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Map<String, Value>>,
}

/// A highlighted piece of the body.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snippet {
    /// The fragment.
    pub text: String,
    /// Highlighted ranges as `[start, end)` character offsets into `text`.
    pub highlights: Vec<[usize; 2]>,
}

/// One search hit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hit {
    /// 1-based rank, counting the offset.
    pub rank: usize,
    /// BM25 score when sorted by relevance.
    pub score: Option<f32>,
    /// The report.
    #[serde(flatten)]
    pub report: ReportOut,
    /// Body fragment with the query terms highlighted.
    pub snippet: Option<Snippet>,
    /// Claims that match the `--claim`/`--by` filters: why this hit is here.
    pub evidence: Vec<Claim>,
    /// Largest claimed figure per count field (killed, displaced...).
    pub counts: BTreeMap<String, u64>,
}

/// A facet value and how many matching reports have it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FacetCount {
    /// Facet path, usable as a filter value.
    pub path: String,
    /// Last segment of the path.
    pub name: String,
    /// Matching reports.
    pub count: u64,
    /// Sub-values, when `--depth` asks for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<FacetCount>,
}

/// A date histogram bucket.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Bucket {
    /// `YYYY-MM` or `YYYY`.
    pub key: String,
    /// Matching reports dated in it.
    pub count: u64,
}

/// Date histogram.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Histogram {
    /// `month` or `year`.
    pub interval: String,
    /// Buckets in date order.
    pub buckets: Vec<Bucket>,
}

/// What `search --format json` prints.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchOut {
    /// The free-text query as given.
    pub query: String,
    /// Matching reports in all.
    pub total: u64,
    /// Offset of the first hit.
    pub offset: usize,
    /// Page size asked for.
    pub limit: usize,
    /// Time spent inside the index, milliseconds.
    pub took_ms: f64,
    /// The page of hits.
    pub hits: Vec<Hit>,
    /// Facet counts per dimension (multi-select: a dimension's own filters
    /// are left out when counting it).
    pub facets: BTreeMap<String, Vec<FacetCount>>,
    /// Date histogram, when asked for.
    pub histogram: Option<Histogram>,
}

/// What `stats --format json` prints.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatsOut {
    /// Index directory.
    pub index: String,
    /// Schema version stamped in the index.
    pub schema_version: u32,
    /// Live documents.
    pub documents: u64,
    /// Deleted documents not yet merged away.
    pub deleted: u64,
    /// Segments.
    pub segments: usize,
    /// Bytes on disk.
    pub size_bytes: u64,
    /// Distinct facet paths per dimension.
    pub facet_cardinality: BTreeMap<String, u64>,
    /// Earliest and latest report month (`YYYY-MM`).
    pub date_range: Option<[String; 2]>,
    /// Reports carrying each count field.
    pub counts: BTreeMap<String, u64>,
}

/// What `facets --format json` prints.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FacetsOut {
    /// The free-text query as given.
    pub query: String,
    /// Reports counted.
    pub total: u64,
    /// Time spent inside the index, milliseconds.
    pub took_ms: f64,
    /// Path drilled into, if any.
    pub path: Option<String>,
    /// Counts per dimension.
    pub facets: BTreeMap<String, Vec<FacetCount>>,
    /// Date histogram, when asked for.
    pub histogram: Option<Histogram>,
}

/// `eval --format json`: the extractor's scores (see `src/eval.rs`).
pub fn eval_json(
    labelled: &crate::eval::Labelled,
    held_out: &crate::eval::Labelled,
    corpus: Option<&crate::eval::CorpusScores>,
) -> Value {
    use serde_json::json;
    let mut out = json!({
        "labelled": labelled_json(labelled),
        "held_out": labelled_json(held_out),
    });
    if let Some(c) = corpus {
        let types: Map<String, Value> = c
            .message_types
            .iter()
            .map(|(k, v)| (k.clone(), prf_json(v)))
            .collect();
        out["corpus"] = json!({
            "who_reports": c.who_reports,
            "who_country_iso3": prf_json(&c.who_countries),
            "who_country_iso3_named": prf_json(&c.who_countries_named),
            "reliefweb_2026_reports": c.reliefweb_reports,
            "reliefweb_2026_country": prf_json(&c.reliefweb_countries),
            "messages": c.messages,
            "message_claim_types": types,
        });
    }
    out
}

fn prf_json(p: &crate::eval::Prf) -> Value {
    serde_json::json!({"precision": round3(p.precision()), "recall": round3(p.recall()),
           "f1": round3(p.f1()), "tp": p.tp, "fp": p.fp, "fn": p.fn_})
}

/// One labelled set's scores (`eval.schema.json#/$defs/labelled`).
fn labelled_json(labelled: &crate::eval::Labelled) -> Value {
    use serde_json::json;
    let acc = |a: &crate::eval::Accuracy| json!({"value": round3(a.value()), "hits": a.hits, "total": a.total});
    let per_type: Map<String, Value> = labelled
        .per_type
        .iter()
        .map(|(k, v)| (k.clone(), prf_json(v)))
        .collect();
    let per_language: Map<String, Value> = labelled
        .per_language
        .iter()
        .map(|(k, [a, l, c])| {
            (
                k.clone(),
                json!({"actors": prf_json(a), "locations": prf_json(l), "claim_types": prf_json(c)}),
            )
        })
        .collect();
    json!({
        "reports": labelled.reports,
        "by_language": labelled.by_language,
        "actors": prf_json(&labelled.actors),
        "locations": prf_json(&labelled.locations),
        "location_countries": prf_json(&labelled.countries),
        "locations_resolved": labelled.locations_resolved,
        "actors_resolved": labelled.actors_resolved,
        "claim_types": prf_json(&labelled.claim_types),
        "per_claim_type": per_type,
        "per_language": per_language,
        "counts": acc(&labelled.counts),
        "count_precision": acc(&labelled.count_precision),
        "attribution": acc(&labelled.attribution),
        "attribution_precision": acc(&labelled.attribution_precision),
        "projections": prf_json(&labelled.projections),
    })
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
