//! Stage 5, query: CLI text and filters -> a tantivy [`Query`].
//!
//! Filters come from flags (`--actor`, `--location`, `--claim`, `--by`,
//! `--since`, `--until`) and from `--filter` expressions:
//!
//! ```text
//! expr  := and ("OR" and)*
//! and   := unary (["AND"] unary)*
//! unary := "NOT" unary | "(" expr ")" | cond
//! cond  := DIM ":" VALUE | COUNT OP NUMBER | "date" OP YYYY-MM-DD
//! OP    := >= | <= | > | < | = | !=
//! ```
//!
//! A facet value may be a path (`/Azerbaijan/Nagorno-Karabakh`), a name, an
//! alias or an ISO3 code; names are resolved against the facets present in
//! the index and the vocabularies. Unknown dimensions and values give an
//! error that lists close matches.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;

use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DateTime, Searcher, Term};

use crate::normalize::fold_name as fold;
use crate::schema::{count_names, Dim, Fields, COUNTS};
use crate::store::Store;
use crate::writer::parse_ymd;
use crate::Error;

/// A parsed filter expression, before resolution against an index.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    /// Facet condition: dimension and the value as typed.
    Facet(Dim, String),
    /// Count comparison: field name, operator, value.
    Count(String, Cmp, u64),
    /// Date comparison against `YYYY-MM-DD`.
    Date(Cmp, String),
    /// All of them.
    And(Vec<Filter>),
    /// Any of them.
    Or(Vec<Filter>),
    /// Not this.
    Not(Box<Filter>),
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    /// `>=`
    Ge,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `<`
    Lt,
    /// `=`
    Eq,
    /// `!=`
    Ne,
}

impl Filter {
    /// The dimensions a filter mentions (for multi-select facet counts).
    pub fn dims(&self, out: &mut BTreeSet<&'static str>) {
        match self {
            Filter::Facet(d, _) => {
                out.insert(d.name());
            }
            Filter::And(v) | Filter::Or(v) => v.iter().for_each(|f| f.dims(out)),
            Filter::Not(f) => f.dims(out),
            Filter::Count(..) | Filter::Date(..) => {}
        }
    }
}

/// Parses a `--filter` expression.
pub fn parse_filter(input: &str) -> Result<Filter, Error> {
    let tokens = lex(input)?;
    let mut p = Parser { tokens, pos: 0 };
    let f = p.or()?;
    if p.pos < p.tokens.len() {
        return Err(Error::Usage(format!(
            "--filter: unexpected `{}` in `{input}`",
            p.tokens[p.pos]
        )));
    }
    Ok(f)
}

fn lex(input: &str) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' {
            out.push(c.to_string());
            i += 1;
        } else if matches!(c, '>' | '<' | '=' | '!') {
            let mut op = c.to_string();
            if chars.get(i + 1) == Some(&'=') {
                op.push('=');
                i += 1;
            }
            out.push(op);
            i += 1;
        } else {
            let mut word = String::new();
            while i < chars.len() {
                let c = chars[i];
                if c == '"' {
                    i += 1;
                    let start = i;
                    while i < chars.len() && chars[i] != '"' {
                        i += 1;
                    }
                    if i == chars.len() {
                        return Err(Error::Usage(format!(
                            "--filter: unclosed quote in `{input}`"
                        )));
                    }
                    word.extend(&chars[start..i]);
                    i += 1;
                } else if c.is_whitespace() || matches!(c, '(' | ')' | '>' | '<' | '=' | '!') {
                    break;
                } else {
                    word.push(c);
                    i += 1;
                }
            }
            out.push(word);
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<String>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(String::as_str)
    }

    fn next(&mut self) -> Option<String> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn or(&mut self) -> Result<Filter, Error> {
        let mut items = vec![self.and()?];
        while self.peek() == Some("OR") {
            self.pos += 1;
            items.push(self.and()?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Filter::Or(items)
        })
    }

    fn and(&mut self) -> Result<Filter, Error> {
        let mut items = vec![self.unary()?];
        loop {
            match self.peek() {
                Some("AND") => {
                    self.pos += 1;
                    items.push(self.unary()?);
                }
                Some("OR") | Some(")") | None => break,
                Some(_) => items.push(self.unary()?),
            }
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Filter::And(items)
        })
    }

    fn unary(&mut self) -> Result<Filter, Error> {
        match self.next() {
            None => Err(Error::Usage(
                "--filter: the expression ends too early".into(),
            )),
            Some(t) if t == "NOT" => Ok(Filter::Not(Box::new(self.unary()?))),
            Some(t) if t == "(" => {
                let f = self.or()?;
                match self.next() {
                    Some(t) if t == ")" => Ok(f),
                    _ => Err(Error::Usage("--filter: missing `)`".into())),
                }
            }
            Some(t) if t == ")" => Err(Error::Usage("--filter: unexpected `)`".into())),
            Some(word) => self.condition(word),
        }
    }

    fn condition(&mut self, word: String) -> Result<Filter, Error> {
        if let Some((dim, value)) = word.split_once(':') {
            let dim_name = dim.to_ascii_lowercase();
            let d = Dim::from_name(&dim_name).ok_or_else(|| unknown_dimension(&dim_name))?;
            if value.is_empty() {
                return Err(Error::Usage(format!("--filter: `{dim}:` needs a value")));
            }
            return Ok(Filter::Facet(d, value.to_string()));
        }
        let op = match self.peek() {
            Some(">=") => Cmp::Ge,
            Some("<=") => Cmp::Le,
            Some(">") => Cmp::Gt,
            Some("<") => Cmp::Lt,
            Some("=") | Some("==") => Cmp::Eq,
            Some("!=") => Cmp::Ne,
            _ => {
                return Err(Error::Usage(format!(
                "--filter: `{word}` is neither `facet:value` nor a comparison like `killed >= 10`"
            )))
            }
        };
        self.pos += 1;
        let value = self
            .next()
            .ok_or_else(|| Error::Usage(format!("--filter: `{word}` needs a value")))?;
        let name = word.to_ascii_lowercase();
        if name == "date" {
            if parse_ymd(&value).is_none() {
                return Err(Error::Usage(format!(
                    "--filter: `{value}` is not a date (use YYYY-MM-DD)"
                )));
            }
            return Ok(Filter::Date(op, value));
        }
        if !count_names().contains(&name.as_str()) {
            return Err(unknown_dimension(&name));
        }
        let n: u64 = value
            .parse()
            .map_err(|_| Error::Usage(format!("--filter: `{value}` is not a whole number")))?;
        Ok(Filter::Count(name, op, n))
    }
}

/// The error for a dimension name nobody knows, with close matches.
pub fn unknown_dimension(name: &str) -> Error {
    let mut known: Vec<&str> = Dim::ALL.iter().map(|d| d.name()).collect();
    known.extend(count_names());
    known.push("date");
    let close = close_matches(name, known.iter().copied());
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!("did you mean {}? ", close.join(" or "))
    };
    Error::Usage(format!(
        "unknown facet `{name}`; {hint}(known: {})",
        known.join(", ")
    ))
}

/// Candidates within a small edit distance, best first.
pub fn close_matches<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<String> {
    let lower = name.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<String> = Vec::new();
    for (_, c) in scored {
        if !out.iter().any(|o| o == c) {
            out.push(c.to_string());
        }
        if out.len() == 5 {
            break;
        }
    }
    out
}

/// Turns filters into tantivy queries against one index.
pub struct Resolver<'a> {
    store: &'a Store,
    searcher: &'a Searcher,
    /// Resolved values, so evidence and facet passes reuse them.
    cache: RefCell<HashMap<(Dim, String), Vec<Facet>>>,
}

impl<'a> Resolver<'a> {
    /// A resolver over the index as `searcher` sees it.
    pub fn new(store: &'a Store, searcher: &'a Searcher) -> Self {
        Resolver {
            store,
            searcher,
            cache: RefCell::new(HashMap::new()),
        }
    }

    fn fields(&self) -> &Fields {
        &self.store.fields
    }

    /// Parses free text with tantivy's query syntax over titles (boosted)
    /// and bodies in every language; words are ANDed by default.
    pub fn text_query(&self, text: &str) -> Result<Box<dyn Query>, Error> {
        if text.trim().is_empty() || text.trim() == "*" {
            return Ok(Box::new(AllQuery));
        }
        let f = self.fields();
        let mut fields: Vec<Field> = f.title_text.to_vec();
        fields.extend(f.body_text);
        let mut parser = QueryParser::for_index(&self.store.index, fields);
        parser.set_conjunction_by_default();
        for t in f.title_text {
            parser.set_field_boost(t, 2.0);
        }
        parser.parse_query(text).map_err(|e| {
            Error::Usage(format!(
                "cannot parse the query `{text}`: {e}; put phrases in double quotes and balance parentheses"
            ))
        })
    }

    /// Resolves a facet value to facet paths: a path as given, else the
    /// index's facets named so, else the vocabularies' aliases and codes.
    pub fn facet_paths(&self, dim: Dim, value: &str) -> Result<Vec<Facet>, Error> {
        let key = (dim, value.to_string());
        if let Some(hit) = self.cache.borrow().get(&key) {
            return Ok(hit.clone());
        }
        let paths = self.resolve(dim, value)?;
        self.cache.borrow_mut().insert(key, paths.clone());
        Ok(paths)
    }

    fn resolve(&self, dim: Dim, value: &str) -> Result<Vec<Facet>, Error> {
        let value = value.trim();
        if value.is_empty() {
            return Err(Error::Usage(format!(
                "a {} filter needs a value",
                dim.name()
            )));
        }
        if value.starts_with('/') {
            let facet = crate::writer::facet(value).ok_or_else(|| {
                Error::Usage(format!(
                    "`{value}` is not a facet path like /Azerbaijan/Shusha"
                ))
            })?;
            return Ok(vec![facet]);
        }
        let field = self.fields().facet(dim);
        let key = fold(value);
        // Fast path: facet paths whose last segments are the value, compared
        // on the encoded terms without building strings.
        let mut found: Vec<Facet> = self.terms_ending_with(field, value)?;
        // Aliases, acronyms and ISO3 codes from the vocabularies, and the
        // claim taxonomy: a known value absent from this index matches no
        // report rather than being an error.
        // The vocabulary scan costs milliseconds: only when the index's own
        // facet names did not answer.
        let known = match dim {
            _ if !found.is_empty() => Vec::new(),
            Dim::Claim => claim_taxonomy_paths(&key),
            Dim::Actor | Dim::By | Dim::Location => {
                crate::extract::vocab::lookup(vocab_dim(dim), value)
            }
            _ => Vec::new(),
        };
        for path in known {
            if let Some(f) = crate::writer::facet(&path) {
                found.push(f);
            }
        }
        // Slow path: accents and hyphens folded ("Sincé" = "since", "attack
        // on civilians" = "attack-on-civilians").
        if found.is_empty() {
            for path in self.facet_terms(field)? {
                let last = path.rsplit('/').next().unwrap_or("");
                let hit = fold(last) == key || {
                    let joined = fold(path.trim_start_matches('/'));
                    key.contains('/') && (joined == key || joined.ends_with(&format!("/{key}")))
                };
                if hit {
                    if let Some(f) = crate::writer::facet(&path) {
                        found.push(f);
                    }
                }
            }
        }
        // Keep only the most general of nested matches.
        found.sort_by_key(|f| f.to_path_string().len());
        let mut kept: Vec<Facet> = Vec::new();
        for f in found {
            if !kept.iter().any(|k| k.is_prefix_of(&f) || *k == f) {
                kept.push(f);
            }
        }
        if kept.is_empty() {
            let all = self.facet_terms(field)?;
            let leaves: Vec<String> = all
                .iter()
                .filter_map(|p| p.rsplit('/').next().map(str::to_string))
                .collect();
            let close = close_matches(value, leaves.iter().map(String::as_str));
            let hint = if close.is_empty() {
                format!("list them with `reliefdex facets --facets {}`", dim.name())
            } else {
                format!("did you mean {}?", close.join(", "))
            };
            return Err(Error::Usage(format!(
                "no {} in the index matches `{value}`; {hint}",
                dim.name()
            )));
        }
        Ok(kept)
    }

    /// Facets whose path ends with `value`'s segments (ASCII case-insensitive).
    fn terms_ending_with(&self, field: Field, value: &str) -> Result<Vec<Facet>, Error> {
        let needle: Vec<u8> = value
            .trim_matches('/')
            .bytes()
            .map(|b| if b == b'/' { 0 } else { b })
            .collect();
        let mut out = Vec::new();
        if needle.is_empty() {
            return Ok(out);
        }
        for seg in self.searcher.segment_readers() {
            let inv = seg.inverted_index(field)?;
            let mut stream = inv.terms().stream().map_err(tantivy::TantivyError::from)?;
            while stream.advance() {
                let key = stream.key();
                let hit = key.eq_ignore_ascii_case(&needle)
                    || (key.len() > needle.len()
                        && key[key.len() - needle.len() - 1] == 0
                        && key[key.len() - needle.len()..].eq_ignore_ascii_case(&needle));
                if hit {
                    if let Ok(f) = Facet::from_encoded(key.to_vec()) {
                        if !out.contains(&f) {
                            out.push(f);
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// Every facet path stored in a facet field, as strings.
    pub fn facet_terms(&self, field: Field) -> Result<Vec<String>, Error> {
        let mut out = BTreeSet::new();
        for seg in self.searcher.segment_readers() {
            let inv = seg.inverted_index(field)?;
            let mut stream = inv.terms().stream().map_err(tantivy::TantivyError::from)?;
            while stream.advance() {
                if let Ok(f) = Facet::from_encoded(stream.key().to_vec()) {
                    out.insert(f.to_path_string());
                }
            }
        }
        Ok(out.into_iter().collect())
    }

    /// One facet condition as a query (OR over its resolved paths).
    pub fn facet_query(&self, dim: Dim, value: &str) -> Result<Box<dyn Query>, Error> {
        let field = self.fields().facet(dim);
        let subs: Vec<(Occur, Box<dyn Query>)> = self
            .facet_paths(dim, value)?
            .into_iter()
            .map(|f| {
                let q: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_facet(field, &f),
                    IndexRecordOption::Basic,
                ));
                (Occur::Should, q)
            })
            .collect();
        Ok(Box::new(BooleanQuery::new(subs)))
    }

    /// A whole filter expression as a query.
    pub fn filter_query(&self, f: &Filter) -> Result<Box<dyn Query>, Error> {
        Ok(match f {
            Filter::Facet(d, v) => self.facet_query(*d, v)?,
            Filter::And(items) => Box::new(BooleanQuery::new(
                items
                    .iter()
                    .map(|i| Ok((Occur::Must, self.filter_query(i)?)))
                    .collect::<Result<Vec<_>, Error>>()?,
            )),
            Filter::Or(items) => Box::new(BooleanQuery::new(
                items
                    .iter()
                    .map(|i| Ok((Occur::Should, self.filter_query(i)?)))
                    .collect::<Result<Vec<_>, Error>>()?,
            )),
            Filter::Not(inner) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
                (Occur::MustNot, self.filter_query(inner)?),
            ])),
            Filter::Count(name, op, n) => {
                let field = self
                    .fields()
                    .count(name)
                    .ok_or_else(|| unknown_dimension(name))?;
                range(op, |v| Term::from_field_u64(field, v), *n)
            }
            Filter::Date(op, d) => {
                let field = self.fields().date;
                let (dt, _) = parse_ymd(d)
                    .ok_or_else(|| Error::Usage(format!("`{d}` is not a date (use YYYY-MM-DD)")))?;
                let secs = dt.into_timestamp_secs();
                let term = |s: i64| Term::from_field_date(field, DateTime::from_timestamp_secs(s));
                // A date means the whole day.
                match op {
                    Cmp::Ge => bounded(Bound::Included(term(secs)), Bound::Unbounded),
                    Cmp::Gt => bounded(Bound::Included(term(secs + 86_400)), Bound::Unbounded),
                    Cmp::Le => bounded(Bound::Unbounded, Bound::Excluded(term(secs + 86_400))),
                    Cmp::Lt => bounded(Bound::Unbounded, Bound::Excluded(term(secs))),
                    Cmp::Eq => bounded(
                        Bound::Included(term(secs)),
                        Bound::Excluded(term(secs + 86_400)),
                    ),
                    Cmp::Ne => Box::new(BooleanQuery::new(vec![
                        (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
                        (
                            Occur::MustNot,
                            bounded(
                                Bound::Included(term(secs)),
                                Bound::Excluded(term(secs + 86_400)),
                            ),
                        ),
                    ])),
                }
            }
        })
    }
}

fn bounded(lo: Bound<Term>, hi: Bound<Term>) -> Box<dyn Query> {
    Box::new(RangeQuery::new(lo, hi))
}

fn range(op: &Cmp, term: impl Fn(u64) -> Term, n: u64) -> Box<dyn Query> {
    match op {
        Cmp::Ge => bounded(Bound::Included(term(n)), Bound::Unbounded),
        Cmp::Gt => bounded(Bound::Excluded(term(n)), Bound::Unbounded),
        Cmp::Le => bounded(Bound::Unbounded, Bound::Included(term(n))),
        Cmp::Lt if n == 0 => Box::new(EmptyQuery),
        Cmp::Lt => bounded(Bound::Unbounded, Bound::Excluded(term(n))),
        Cmp::Eq => bounded(Bound::Included(term(n)), Bound::Included(term(n))),
        Cmp::Ne => Box::new(BooleanQuery::new(vec![
            (Occur::Must, bounded(Bound::Unbounded, Bound::Unbounded)),
            (
                Occur::MustNot,
                bounded(Bound::Included(term(n)), Bound::Included(term(n))),
            ),
        ])),
    }
}

/// ANDs queries together (an empty list is everything).
pub fn all_of(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    match queries.len() {
        0 => Box::new(AllQuery),
        1 => queries.remove(0),
        _ => Box::new(BooleanQuery::new(
            queries.into_iter().map(|q| (Occur::Must, q)).collect(),
        )),
    }
}

/// Claim types and groups of the taxonomy whose name or leaf is `key`
/// (folded): "killed" -> /casualties/killed, "casualties" -> /casualties.
fn claim_taxonomy_paths(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (kind, _) in crate::extract::vocab::claim_types() {
        let group = kind.split('/').next().unwrap_or("");
        let leaf = kind.rsplit('/').next().unwrap_or("");
        if fold(&kind) == key || fold(leaf) == key {
            out.push(format!("/{kind}"));
        } else if fold(group) == key && !out.contains(&format!("/{group}")) {
            out.push(format!("/{group}"));
        }
    }
    out
}

/// The vocabulary that names values of a dimension (`by` names actors).
fn vocab_dim(dim: Dim) -> &'static str {
    match dim {
        Dim::By => "actor",
        other => other.name(),
    }
}

/// The count names and claim types, for help texts.
pub fn count_help() -> String {
    COUNTS
        .iter()
        .map(|(n, t)| format!("{n} ({t})"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_boolean_filters() {
        let f = parse_filter(
            "claim:casualties/killed AND (location:Shusha OR location:\"Nagorno Karabakh\") AND NOT by:/government/Azerbaijan killed >= 10",
        )
        .unwrap();
        let Filter::And(items) = f else {
            panic!("not an AND")
        };
        assert_eq!(items.len(), 4);
        assert_eq!(
            items[0],
            Filter::Facet(Dim::Claim, "casualties/killed".into())
        );
        assert_eq!(
            items[1],
            Filter::Or(vec![
                Filter::Facet(Dim::Location, "Shusha".into()),
                Filter::Facet(Dim::Location, "Nagorno Karabakh".into())
            ])
        );
        assert!(matches!(items[2], Filter::Not(_)));
        assert_eq!(items[3], Filter::Count("killed".into(), Cmp::Ge, 10));
    }

    #[test]
    fn rejects_bad_filters_with_close_matches() {
        let e = parse_filter("acter:ICRC").unwrap_err().to_string();
        assert!(e.contains("unknown facet `acter`"), "{e}");
        assert!(e.contains("did you mean actor"), "{e}");
        assert!(parse_filter("(claim:x").is_err());
        assert!(parse_filter("killed >= lots").is_err());
        assert!(parse_filter("date > 2023-13-45").is_err());
        assert!(parse_filter("kiled > 3")
            .unwrap_err()
            .to_string()
            .contains("killed"));
    }
}
