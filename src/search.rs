//! Stage 6, search: a [`SearchRequest`] -> [`SearchOut`] (ranked hits,
//! snippets, evidence, multi-select facet counts, date histogram).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::columnar::Column;
use tantivy::query::Query;
use tantivy::schema::{Facet, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DocAddress, DocId, Order, Score, Searcher, SegmentOrdinal, SegmentReader, TantivyDocument,
};

use crate::extract::{Claim, Extraction};
use crate::lang::Language;
use crate::output::shapes::{Bucket, FacetCount, Histogram, Hit, ReportOut, SearchOut, Snippet};
use crate::query::{all_of, Filter, Resolver};
use crate::schema::{Dim, Fields, COUNTS};
use crate::store::Store;
use crate::Error;

/// How hits are ordered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sort {
    /// BM25 relevance.
    Relevance,
    /// Publication date; `true` = newest first.
    Date(bool),
    /// A count field; `true` = largest first.
    Count(String, bool),
}

/// Histogram interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    /// Calendar months.
    Month,
    /// Calendar years.
    Year,
}

/// Everything a search needs, validated.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Free text in tantivy's query syntax (empty = everything).
    pub text: String,
    /// Filters, ANDed.
    pub filters: Vec<Filter>,
    /// Dimensions to count.
    pub facets: Vec<Dim>,
    /// Path to drill into (counts its children).
    pub facet_path: Option<String>,
    /// Levels of facet children to return.
    pub facet_depth: usize,
    /// Values per facet level.
    pub facet_limit: usize,
    /// Date histogram.
    pub histogram: Option<Interval>,
    /// Order.
    pub sort: Sort,
    /// Page size.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
}

/// Runs a search.
pub fn search(store: &Store, req: &SearchRequest) -> Result<SearchOut, Error> {
    let reader = store.reader()?;
    let searcher = reader.searcher();
    let started = Instant::now();
    let resolver = Resolver::new(store, &searcher);
    let fields = &store.fields;
    let text_query = resolver.text_query(&req.text)?;
    let mut filter_queries = Vec::new();
    for f in &req.filters {
        filter_queries.push((f, resolver.filter_query(f)?));
    }
    let mut parts: Vec<Box<dyn Query>> = vec![text_query.box_clone()];
    parts.extend(filter_queries.iter().map(|(_, q)| q.box_clone()));
    let query = all_of(parts);

    let (total, docs) = top_docs(&searcher, store, &*query, req)?;

    // Evidence: claims under the claim/by facets the filters ask for.
    let wanted_claims = wanted(&resolver, &req.filters, Dim::Claim)?;
    let wanted_by = wanted(&resolver, &req.filters, Dim::By)?;

    let mut generators: BTreeMap<usize, Option<SnippetGenerator>> = BTreeMap::new();
    let mut hits = Vec::with_capacity(docs.len());
    for (i, (score, addr)) in docs.into_iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let report = report_from_doc(fields, &doc, false)?;
        let body = first_text(&doc, fields.body);
        let slot = Fields::lang_slot(Language::from_code(&report.language));
        let generator = match generators.entry(slot) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => {
                let g = if req.text.trim().is_empty() {
                    None
                } else {
                    let mut g =
                        SnippetGenerator::create(&searcher, &*text_query, fields.body_text[slot])?;
                    g.set_max_num_chars(220);
                    Some(g)
                };
                e.insert(g)
            }
        };
        let snippet = snippet(generator.as_ref(), &body);
        let evidence = report
            .claims
            .iter()
            .filter(|_| !wanted_claims.is_empty() || !wanted_by.is_empty())
            .filter(|c| wanted_claims.is_empty() || under(&format!("/{}", c.kind), &wanted_claims))
            .filter(|c| {
                wanted_by.is_empty() || c.by.as_deref().is_some_and(|b| under(b, &wanted_by))
            })
            .cloned()
            .collect::<Vec<Claim>>();
        let mut counts = BTreeMap::new();
        for (j, (name, _)) in COUNTS.iter().enumerate() {
            if let Some(v) = doc.get_first(fields.counts[j]).and_then(|v| v.as_u64()) {
                counts.insert(name.to_string(), v);
            }
        }
        hits.push(Hit {
            rank: req.offset + i + 1,
            score,
            report,
            snippet,
            evidence,
            counts,
        });
    }

    let mut facets = BTreeMap::new();
    for dim in &req.facets {
        // Multi-select: count a dimension without its own filters.
        let mut parts: Vec<Box<dyn Query>> = vec![text_query.box_clone()];
        for (f, q) in &filter_queries {
            let mut dims = BTreeSet::new();
            f.dims(&mut dims);
            if !dims.contains(dim.name()) {
                parts.push(q.box_clone());
            }
        }
        let q = all_of(parts);
        let root = req.facet_path.clone().unwrap_or_else(|| "/".to_string());
        let counts = facet_counts(
            &searcher,
            store,
            &*q,
            *dim,
            &root,
            req.facet_depth.max(1),
            req.facet_limit,
        )?;
        facets.insert(dim.name().to_string(), counts);
    }

    let histogram = match req.histogram {
        None => None,
        Some(interval) => Some(histogram(&searcher, store, &*query, interval)?),
    };

    Ok(SearchOut {
        query: req.text.clone(),
        total,
        offset: req.offset,
        limit: req.limit,
        took_ms: started.elapsed().as_secs_f64() * 1000.0,
        hits,
        facets,
        histogram,
    })
}

type Ranked = Vec<(Option<Score>, DocAddress)>;

fn top_docs(
    searcher: &Searcher,
    store: &Store,
    query: &dyn Query,
    req: &SearchRequest,
) -> Result<(u64, Ranked), Error> {
    if req.limit == 0 {
        // Counts and facets only: no ranking, no stored documents.
        return Ok((searcher.search(query, &Count)? as u64, Vec::new()));
    }
    let schema = store.index.schema();
    let top = TopDocs::with_limit(req.limit).and_offset(req.offset);
    let (total, docs): (usize, Ranked) = match &req.sort {
        Sort::Relevance => {
            let (n, d) = searcher.search(query, &(Count, top.order_by_score()))?;
            (n, d.into_iter().map(|(s, a)| (Some(s), a)).collect())
        }
        Sort::Date(desc) => {
            let name = schema.get_field_name(store.fields.date).to_string();
            let order = if *desc { Order::Desc } else { Order::Asc };
            let (n, d) = searcher.search(
                query,
                &(
                    Count,
                    top.order_by_fast_field::<tantivy::DateTime>(name, order),
                ),
            )?;
            (n, d.into_iter().map(|(_, a)| (None, a)).collect())
        }
        Sort::Count(field, desc) => {
            let f = store
                .fields
                .count(field)
                .ok_or_else(|| crate::query::unknown_dimension(field))?;
            let name = schema.get_field_name(f).to_string();
            let order = if *desc { Order::Desc } else { Order::Asc };
            let (n, d) = searcher.search(query, &(Count, top.order_by_u64_field(name, order)))?;
            (n, d.into_iter().map(|(_, a)| (None, a)).collect())
        }
    };
    Ok((total as u64, docs))
}

/// Facet paths a dimension's positive filters resolve to.
fn wanted(resolver: &Resolver, filters: &[Filter], dim: Dim) -> Result<Vec<Facet>, Error> {
    fn walk(f: &Filter, dim: Dim, out: &mut Vec<String>) {
        match f {
            Filter::Facet(d, v) if *d == dim => out.push(v.clone()),
            Filter::And(v) | Filter::Or(v) => v.iter().for_each(|i| walk(i, dim, out)),
            _ => {}
        }
    }
    let mut values = Vec::new();
    filters.iter().for_each(|f| walk(f, dim, &mut values));
    let mut out = Vec::new();
    for v in values {
        out.extend(resolver.facet_paths(dim, &v)?);
    }
    Ok(out)
}

fn under(path: &str, roots: &[Facet]) -> bool {
    roots.iter().any(|r| {
        let r = r.to_path_string();
        path == r || path.starts_with(&format!("{r}/"))
    })
}

/// Characters of a body searched first for a snippet.
const SNIPPET_WINDOW: usize = 6_000;

fn snippet(generator: Option<&SnippetGenerator>, body: &str) -> Option<Snippet> {
    let Some(g) = generator else {
        let text: String = body.chars().take(220).collect();
        return (!text.is_empty()).then(|| Snippet {
            text,
            highlights: Vec::new(),
        });
    };
    // Tokenizing a whole long report costs milliseconds per hit: look for
    // the best fragment near the top first, and read on only if the query
    // terms do not occur there.
    let head = match body.char_indices().nth(SNIPPET_WINDOW) {
        Some((i, _)) => &body[..i],
        None => body,
    };
    let mut s = g.snippet(head);
    if s.highlighted().is_empty() && head.len() < body.len() {
        s = g.snippet(body);
    }
    let fragment = s.fragment();
    if fragment.is_empty() {
        let text: String = body.chars().take(220).collect();
        return Some(Snippet {
            text,
            highlights: Vec::new(),
        });
    }
    let highlights = s
        .highlighted()
        .iter()
        .map(|r| {
            [
                fragment[..r.start].chars().count(),
                fragment[..r.end].chars().count(),
            ]
        })
        .collect();
    Some(Snippet {
        text: fragment.to_string(),
        highlights,
    })
}

fn first_text(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// Rebuilds the report JSON from a stored document.
pub fn report_from_doc(
    fields: &Fields,
    doc: &TantivyDocument,
    full: bool,
) -> Result<ReportOut, Error> {
    let extraction: Extraction = serde_json::from_str(&first_text(doc, fields.extraction))
        .map_err(|e| Error::Index(format!("stored extraction is unreadable ({e}); re-index")))?;
    let meta: serde_json::Value =
        serde_json::from_str(&first_text(doc, fields.meta)).unwrap_or_default();
    let strings = |key: &str| -> Vec<String> {
        meta.get(key)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let string = |key: &str| meta.get(key).and_then(|v| v.as_str()).map(str::to_string);
    Ok(ReportOut {
        id: first_text(doc, fields.id),
        title: first_text(doc, fields.title),
        date: string("date"),
        language: string("language").unwrap_or_else(|| "en".into()),
        source: strings("source"),
        country: strings("country"),
        url: string("url"),
        actors: extraction.actors,
        locations: extraction.locations,
        claims: extraction.claims,
        body: full.then(|| first_text(doc, fields.body)),
        fields: if full {
            meta.get("fields").and_then(|v| v.as_object()).cloned()
        } else {
            None
        },
    })
}

/// Counts the children of `root` in a facet dimension, `depth` levels down.
pub fn facet_counts(
    searcher: &Searcher,
    store: &Store,
    query: &dyn Query,
    dim: Dim,
    root: &str,
    depth: usize,
    limit: usize,
) -> Result<Vec<FacetCount>, Error> {
    let name = store
        .index
        .schema()
        .get_field_name(store.fields.facet(dim))
        .to_string();
    let root_facet = if root == "/" {
        Facet::root()
    } else {
        crate::writer::facet(root)
            .ok_or_else(|| Error::Usage(format!("`{root}` is not a facet path like /Azerbaijan")))?
    };
    let mut level = vec![root_facet.to_path_string()];
    let mut out: Vec<FacetCount> = Vec::new();
    for d in 0..depth {
        if level.is_empty() {
            break;
        }
        let counts = searcher.search(
            query,
            &ChildCounts {
                field: name.clone(),
                roots: level.clone(),
            },
        )?;
        let mut next = Vec::new();
        for parent in &level {
            let mut children: Vec<(&String, &u64)> = counts
                .iter()
                .filter(|(child, _)| parent_of(child) == parent.as_str())
                .collect();
            children.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            children.truncate(limit);
            let children: Vec<FacetCount> = children
                .into_iter()
                .map(|(path, c)| {
                    next.push(path.clone());
                    FacetCount {
                        name: path.rsplit('/').next().unwrap_or("").to_string(),
                        path: path.clone(),
                        count: *c,
                        children: Vec::new(),
                    }
                })
                .collect();
            if d == 0 {
                out = children;
            } else {
                attach(&mut out, parent, children);
            }
        }
        level = next;
    }
    Ok(out)
}

/// `/a/b` -> `/a`; `/a` -> `/`.
fn parent_of(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

/// Counts, for each root, the matching documents under each of its direct
/// children. Unlike tantivy's `FacetCollector`, whose set-up walks every
/// facet term under the root in every segment, this reads the facet ordinals
/// of the matching documents only and turns each distinct ordinal into a path
/// once, so a selective query costs in proportion to its hits.
struct ChildCounts {
    field: String,
    roots: Vec<String>,
}

struct ChildCountsSegment {
    reader: tantivy::fastfield::FacetReader,
    roots: Vec<String>,
    /// Facet ordinals of each matching document, flattened.
    ords: Vec<u64>,
    /// End offset in `ords` of each matching document.
    ends: Vec<usize>,
}

impl Collector for ChildCounts {
    type Fruit = BTreeMap<String, u64>;
    type Child = ChildCountsSegment;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<ChildCountsSegment> {
        Ok(ChildCountsSegment {
            reader: reader.facet_reader(&self.field)?,
            roots: self.roots.clone(),
            ords: Vec::new(),
            ends: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<BTreeMap<String, u64>>,
    ) -> tantivy::Result<BTreeMap<String, u64>> {
        Ok(sum_counts(fruits))
    }
}

/// The child of one of `roots` that `path` (an encoded facet) falls under.
fn child_under(roots: &[String], path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for root in roots {
        let rest = if root == "/" {
            Some(&path[1..])
        } else {
            path.strip_prefix(root.as_str())
                .and_then(|r| r.strip_prefix('/'))
        };
        let Some(rest) = rest.filter(|r| !r.is_empty()) else {
            continue;
        };
        let seg = rest.split('/').next().unwrap_or(rest);
        out.push(if root == "/" {
            format!("/{seg}")
        } else {
            format!("{root}/{seg}")
        });
    }
    out
}

impl SegmentCollector for ChildCountsSegment {
    type Fruit = BTreeMap<String, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.ords.extend(self.reader.facet_ords(doc));
        self.ends.push(self.ords.len());
    }

    fn harvest(self) -> BTreeMap<String, u64> {
        // Resolve every distinct ordinal in one sorted pass over the
        // dictionary, then count each document once per child.
        let mut distinct = self.ords.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let mut children: Vec<Vec<u32>> = Vec::with_capacity(distinct.len());
        let mut names: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, u32> = Default::default();
        let _ = self
            .reader
            .facet_dict()
            .sorted_ords_to_term_cb(&distinct, |bytes| {
                let path = Facet::from_encoded(bytes.to_vec())
                    .map(|f| f.to_path_string())
                    .unwrap_or_default();
                let ids = child_under(&self.roots, &path)
                    .into_iter()
                    .map(|c| {
                        let next = names.len() as u32;
                        *index.entry(c.clone()).or_insert_with(|| {
                            names.push(c);
                            next
                        })
                    })
                    .collect();
                children.push(ids);
            });
        let mut counts = vec![0u64; names.len()];
        let mut seen: Vec<u32> = Vec::new();
        let mut start = 0;
        for &end in &self.ends {
            seen.clear();
            for ord in &self.ords[start..end] {
                if let Ok(i) = distinct.binary_search(ord) {
                    for &id in children.get(i).map(Vec::as_slice).unwrap_or(&[]) {
                        if !seen.contains(&id) {
                            seen.push(id);
                        }
                    }
                }
            }
            for &id in &seen {
                counts[id as usize] += 1;
            }
            start = end;
        }
        names
            .into_iter()
            .zip(counts)
            .filter(|(_, c)| *c > 0)
            .collect()
    }
}

fn attach(tree: &mut [FacetCount], parent: &str, children: Vec<FacetCount>) {
    for node in tree.iter_mut() {
        if node.path == parent {
            node.children = children;
            return;
        }
        if parent.starts_with(&format!("{}/", node.path)) {
            attach(&mut node.children, parent, children);
            return;
        }
    }
}

/// Counts matching reports per calendar month or year.
pub fn histogram(
    searcher: &Searcher,
    store: &Store,
    query: &dyn Query,
    interval: Interval,
) -> Result<Histogram, Error> {
    let name = store
        .index
        .schema()
        .get_field_name(store.fields.month)
        .to_string();
    let months = searcher.search(query, &MonthCounts { field: name })?;
    let mut buckets: BTreeMap<String, u64> = BTreeMap::new();
    for (ym, n) in months {
        let key = match interval {
            Interval::Month => format!("{:04}-{:02}", ym / 100, ym % 100),
            Interval::Year => format!("{:04}", ym / 100),
        };
        *buckets.entry(key).or_default() += n;
    }
    Ok(Histogram {
        interval: match interval {
            Interval::Month => "month".into(),
            Interval::Year => "year".into(),
        },
        buckets: buckets
            .into_iter()
            .map(|(key, count)| Bucket { key, count })
            .collect(),
    })
}

/// Adds up per-segment counts.
fn sum_counts<K: Ord>(fruits: Vec<BTreeMap<K, u64>>) -> BTreeMap<K, u64> {
    let mut out = BTreeMap::new();
    for f in fruits {
        for (k, v) in f {
            *out.entry(k).or_default() += v;
        }
    }
    out
}

/// Collects `yyyymm` values of matching documents (tantivy's date_histogram
/// has no calendar intervals).
struct MonthCounts {
    field: String,
}

struct MonthSegment {
    column: Column<u64>,
    counts: BTreeMap<u64, u64>,
}

impl Collector for MonthCounts {
    type Fruit = BTreeMap<u64, u64>;
    type Child = MonthSegment;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<MonthSegment> {
        Ok(MonthSegment {
            column: reader.fast_fields().u64(&self.field)?,
            counts: BTreeMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<BTreeMap<u64, u64>>) -> tantivy::Result<BTreeMap<u64, u64>> {
        Ok(sum_counts(fruits))
    }
}

impl SegmentCollector for MonthSegment {
    type Fruit = BTreeMap<u64, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(v) = self.column.first(doc) {
            *self.counts.entry(v).or_default() += 1;
        }
    }

    fn harvest(self) -> BTreeMap<u64, u64> {
        self.counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::FacetCollector;
    use tantivy::query::AllQuery;

    /// The child counts must equal tantivy's own FacetCollector on real
    /// reports, at the top level and one level down.
    #[test]
    fn child_counts_match_tantivy_facet_collector() -> Result<(), Error> {
        let dir = tempfile::tempdir().map_err(|e| Error::Usage(e.to_string()))?;
        let input = dir.path().join("sample.jsonl");
        std::fs::write(&input, crate::commands::demo::SAMPLE)
            .map_err(|e| Error::Usage(e.to_string()))?;
        let ix = dir.path().join("ix");
        crate::commands::index_files(&ix, &[input], 1, 64)?;
        let store = Store::open(&ix)?;
        let searcher = store.reader()?.searcher();
        let resolver = Resolver::new(&store, &searcher);
        let cholera = resolver.text_query("cholera OR displaced")?;
        for query in [&AllQuery as &dyn Query, &*cholera] {
            for dim in [Dim::Location, Dim::Actor, Dim::Claim] {
                let name = store
                    .index
                    .schema()
                    .get_field_name(store.fields.facet(dim))
                    .to_string();
                let ours = searcher.search(
                    query,
                    &ChildCounts {
                        field: name.clone(),
                        roots: vec!["/".into()],
                    },
                )?;
                let mut fc = FacetCollector::for_field(&name);
                fc.add_facet(Facet::root());
                let theirs = searcher.search(query, &fc)?;
                let theirs: BTreeMap<String, u64> = theirs
                    .get(Facet::root())
                    .map(|(f, c)| (f.to_path_string(), c))
                    .collect();
                assert_eq!(ours, theirs, "{dim:?}");
                assert!(!ours.is_empty(), "{dim:?} has values");
                let top = ours.keys().next().cloned().unwrap_or_default();
                let ours = searcher.search(
                    query,
                    &ChildCounts {
                        field: name.clone(),
                        roots: vec![top.clone()],
                    },
                )?;
                let mut fc = FacetCollector::for_field(&name);
                fc.add_facet(crate::writer::facet(&top).expect("path"));
                let theirs = searcher.search(query, &fc)?;
                let theirs: BTreeMap<String, u64> = theirs
                    .get(crate::writer::facet(&top).expect("path"))
                    .map(|(f, c)| (f.to_path_string(), c))
                    .collect();
                assert_eq!(ours, theirs, "{dim:?} under {top}");
            }
        }
        Ok(())
    }
}
