//! CSV output (RFC 4180 quoting): one row per hit or facet value.

use std::io::{self, Write};

use super::shapes::{FacetsOut, SearchOut};
use crate::schema::COUNTS;

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn row(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
    writeln!(out, "{}", line.join(","))
}

/// Hits: rank, id, date, score, title, language, source, locations, actors,
/// claims, each count, url. Lists are `;`-separated facet paths.
pub fn hits(out: &mut dyn Write, r: &SearchOut) -> io::Result<()> {
    let mut header: Vec<String> = [
        "rank",
        "id",
        "date",
        "score",
        "title",
        "language",
        "source",
        "locations",
        "actors",
        "claims",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(COUNTS.iter().map(|(n, _)| n.to_string()));
    header.push("url".into());
    row(out, &header)?;
    for h in &r.hits {
        let rep = &h.report;
        let mut claims: Vec<&str> = rep.claims.iter().map(|c| c.kind.as_str()).collect();
        claims.dedup();
        let mut cells = vec![
            h.rank.to_string(),
            rep.id.clone(),
            rep.date.clone().unwrap_or_default(),
            h.score.map(|s| format!("{s:.3}")).unwrap_or_default(),
            rep.title.clone(),
            rep.language.clone(),
            rep.source.join(";"),
            rep.locations
                .iter()
                .map(|l| l.facet.as_str())
                .collect::<Vec<_>>()
                .join(";"),
            rep.actors
                .iter()
                .map(|a| a.facet.as_str())
                .collect::<Vec<_>>()
                .join(";"),
            claims.join(";"),
        ];
        for (n, _) in COUNTS {
            cells.push(h.counts.get(n).map(|v| v.to_string()).unwrap_or_default());
        }
        cells.push(rep.url.clone().unwrap_or_default());
        row(out, &cells)?;
    }
    Ok(())
}

/// Facets: facet, path, count.
pub fn facets(out: &mut dyn Write, r: &FacetsOut) -> io::Result<()> {
    row(out, &["facet".into(), "path".into(), "count".into()])?;
    for (dim, values) in &r.facets {
        for v in super::flatten(values) {
            row(out, &[dim.clone(), v.path.clone(), v.count.to_string()])?;
        }
    }
    Ok(())
}
