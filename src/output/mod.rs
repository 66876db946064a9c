//! Stage 7, output: results -> table | json | jsonl | csv. Never touches the
//! index; only the shapes in [`shapes`].

use std::io::{self, Write};

use serde::Serialize;

pub mod csv;
pub mod shapes;
pub mod table;

use shapes::{FacetsOut, SearchOut};

/// One pretty JSON document.
pub fn json<T: Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// One hit per line.
pub fn jsonl_hits(out: &mut dyn Write, r: &SearchOut) -> io::Result<()> {
    for h in &r.hits {
        serde_json::to_writer(&mut *out, h)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// One facet value per line: `{"facet": dim, "path", "name", "count"}`.
pub fn jsonl_facets(out: &mut dyn Write, r: &FacetsOut) -> io::Result<()> {
    for (dim, values) in &r.facets {
        for v in flatten(values) {
            let line =
                serde_json::json!({"facet": dim, "path": v.path, "name": v.name, "count": v.count});
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// Facet trees in depth-first order.
pub fn flatten(values: &[shapes::FacetCount]) -> Vec<&shapes::FacetCount> {
    let mut out = Vec::new();
    for v in values {
        out.push(v);
        out.extend(flatten(&v.children));
    }
    out
}
