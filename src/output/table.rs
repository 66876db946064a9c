//! Human tables. Widths count grapheme clusters (unicode-segmentation), which
//! is close enough for Latin, Cyrillic and Arabic text; wide CJK characters
//! will misalign a little.

use std::collections::BTreeMap;
use std::io::{self, Write};

use unicode_segmentation::UnicodeSegmentation;

use super::shapes::{FacetCount, FacetsOut, Histogram, ReportOut, SearchOut, StatsOut};

/// Cuts `s` to `width` graphemes, marking the cut with `…`.
fn fit(s: &str, width: usize) -> String {
    let g: Vec<&str> = s.graphemes(true).collect();
    if g.len() <= width {
        let mut out = s.to_string();
        out.push_str(&" ".repeat(width - g.len()));
        out
    } else {
        let mut out: String = g[..width.saturating_sub(1)].concat();
        out.push('…');
        out
    }
}

fn claims_summary(r: &ReportOut, counts: &BTreeMap<String, u64>) -> String {
    let mut parts: Vec<String> = counts.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let mut kinds: Vec<&str> = r
        .claims
        .iter()
        .map(|c| c.kind.rsplit('/').next().unwrap_or(&c.kind))
        .filter(|k| !counts.contains_key(*k))
        .collect();
    kinds.sort();
    kinds.dedup();
    parts.extend(kinds.into_iter().map(str::to_string));
    parts.join(", ")
}

fn places(r: &ReportOut) -> String {
    let mut names: Vec<&str> = Vec::new();
    for l in &r.locations {
        if !names.contains(&l.name.as_str()) {
            names.push(&l.name);
        }
    }
    names.join(", ")
}

/// Search results: a header, the hits with snippets and evidence, facets.
pub fn search(out: &mut dyn Write, r: &SearchOut) -> io::Result<()> {
    let q = if r.query.is_empty() {
        String::new()
    } else {
        format!(" `{}`", r.query)
    };
    writeln!(
        out,
        "{} report{} match{q} ({:.1} ms){}",
        r.total,
        if r.total == 1 { "" } else { "s" },
        r.took_ms,
        if r.hits.is_empty() || r.total as usize <= r.hits.len() {
            String::new()
        } else {
            format!(", showing {}-{}", r.offset + 1, r.offset + r.hits.len())
        }
    )?;
    for h in &r.hits {
        let rep = &h.report;
        writeln!(out)?;
        writeln!(
            out,
            "{:>3}. {}  {}  [{}]",
            h.rank,
            rep.date.as_deref().unwrap_or("----------"),
            rep.title,
            rep.id
        )?;
        let p = places(rep);
        if !p.is_empty() {
            writeln!(out, "     where:  {}", fit(&p, 100).trim_end())?;
        }
        let c = claims_summary(rep, &h.counts);
        if !c.is_empty() {
            writeln!(out, "     claims: {}", fit(&c, 100).trim_end())?;
        }
        if let Some(s) = &h.snippet {
            writeln!(
                out,
                "     {}",
                highlight(&s.text, &s.highlights).replace('\n', " ")
            )?;
        }
        for e in h.evidence.iter().take(3) {
            let who = e.by.as_deref().unwrap_or("report");
            let count = e.count.map(|n| format!(" {n}")).unwrap_or_default();
            writeln!(
                out,
                "     > {}{count} ({who}): {}",
                e.kind,
                fit(&e.sentence, 110).trim_end()
            )?;
        }
    }
    facets_and_histogram(out, &r.facets, r.histogram.as_ref())
}

/// Marks highlighted ranges with `**`.
fn highlight(text: &str, ranges: &[[usize; 2]]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + ranges.len() * 4);
    let mut pos = 0;
    for [s, e] in ranges {
        if *s < pos || *e > chars.len() {
            continue;
        }
        out.extend(&chars[pos..*s]);
        out.push_str("**");
        out.extend(&chars[*s..*e]);
        out.push_str("**");
        pos = *e;
    }
    out.extend(&chars[pos..]);
    out
}

/// The facet blocks, then the histogram, as `search` and `facets` end.
fn facets_and_histogram(
    out: &mut dyn Write,
    facets: &BTreeMap<String, Vec<FacetCount>>,
    hist: Option<&Histogram>,
) -> io::Result<()> {
    for (dim, values) in facets {
        writeln!(out)?;
        facet_block(out, dim, values)?;
    }
    if let Some(h) = hist {
        writeln!(out)?;
        histogram(out, h)?;
    }
    Ok(())
}

fn facet_block(out: &mut dyn Write, dim: &str, values: &[FacetCount]) -> io::Result<()> {
    writeln!(out, "{dim}")?;
    if values.is_empty() {
        writeln!(out, "  (none)")?;
    }
    fn rows(out: &mut dyn Write, values: &[FacetCount], indent: usize) -> io::Result<()> {
        for v in values {
            writeln!(
                out,
                "  {}{}  {:>6}",
                " ".repeat(indent),
                fit(&v.path, 48 - indent),
                v.count
            )?;
            rows(out, &v.children, indent + 2)?;
        }
        Ok(())
    }
    rows(out, values, 0)
}

fn histogram(out: &mut dyn Write, h: &Histogram) -> io::Result<()> {
    writeln!(out, "date ({})", h.interval)?;
    let max = h.buckets.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    for b in &h.buckets {
        let bar = "#".repeat(((b.count * 40).div_ceil(max)) as usize);
        writeln!(out, "  {:<8} {:>6}  {bar}", b.key, b.count)?;
    }
    Ok(())
}

/// Facet counts.
pub fn facets(out: &mut dyn Write, r: &FacetsOut) -> io::Result<()> {
    writeln!(out, "{} reports counted ({:.1} ms)", r.total, r.took_ms)?;
    facets_and_histogram(out, &r.facets, r.histogram.as_ref())
}

/// One report with everything extracted.
pub fn report(out: &mut dyn Write, r: &ReportOut) -> io::Result<()> {
    writeln!(out, "{}  [{}]", r.title, r.id)?;
    writeln!(
        out,
        "date: {}  language: {}  source: {}",
        r.date.as_deref().unwrap_or("-"),
        r.language,
        if r.source.is_empty() {
            "-".to_string()
        } else {
            r.source.join("; ")
        }
    )?;
    if let Some(u) = &r.url {
        writeln!(out, "url: {u}")?;
    }
    writeln!(out, "\nactors")?;
    for a in &r.actors {
        let org = a
            .organisation
            .as_deref()
            .map(|o| format!(" (for {o})"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {}  {}{org}  ×{}",
            fit(&a.facet, 40),
            a.name,
            a.mentions.len()
        )?;
    }
    writeln!(out, "\nlocations")?;
    for l in &r.locations {
        writeln!(
            out,
            "  {}  {}  ×{}",
            fit(&l.facet, 48),
            l.iso3,
            l.mentions.len()
        )?;
    }
    writeln!(out, "\nclaims")?;
    for c in &r.claims {
        let count = match (c.qualifier.as_deref(), c.count) {
            (Some(q), Some(n)) => format!(" {q} {n}"),
            (None, Some(n)) => format!(" {n}"),
            _ => String::new(),
        };
        let subject = c
            .subject
            .as_deref()
            .map(|s| format!(" {s}"))
            .unwrap_or_default();
        let by = c.by.as_deref().unwrap_or("(report)");
        let projection = if c.projection { "  (projection)" } else { "" };
        writeln!(out, "  {}{count}{subject}  by {by}{projection}", c.kind)?;
        writeln!(out, "      “{}”", c.sentence.replace('\n', " "))?;
    }
    Ok(())
}

/// Index statistics.
pub fn stats(out: &mut dyn Write, s: &StatsOut) -> io::Result<()> {
    writeln!(out, "index           {}", s.index)?;
    writeln!(out, "schema version  {}", s.schema_version)?;
    writeln!(out, "documents       {}", s.documents)?;
    writeln!(out, "deleted         {}", s.deleted)?;
    writeln!(out, "segments        {}", s.segments)?;
    writeln!(out, "size            {:.1} MB", s.size_bytes as f64 / 1e6)?;
    if let Some([a, b]) = &s.date_range {
        writeln!(out, "dates           {a} .. {b}")?;
    }
    writeln!(out, "facet values")?;
    for (k, v) in &s.facet_cardinality {
        writeln!(out, "  {k:<14}{v}")?;
    }
    writeln!(out, "reports with counts")?;
    for (k, v) in &s.counts {
        writeln!(out, "  {k:<14}{v}")?;
    }
    Ok(())
}
