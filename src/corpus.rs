//! Stage 1, read: files, directories and stdin -> [`Record`]s.
//!
//! Formats: JSON Lines (`.jsonl`, `.ndjson`), JSON documents (`.json`: a
//! ReliefWeb API response, an array of records or one record), plain text and
//! Markdown (`.txt`, `.md`: first non-empty line is the title), HTML
//! (`.html`, `.htm`), any of them gzipped (`.gz`), and directories walked
//! recursively in name order. A bad record becomes a [`RecordError`] naming
//! `file:line`; reading goes on.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::normalize::{first_sentence, strip_html, Markup};
use crate::record::{json_type, Origin, Record, RecordError};

/// Limits applied while reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest record (a JSON line, a text file) accepted, in bytes.
    pub max_record_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_record_bytes: 16 * 1024 * 1024,
        }
    }
}

/// One item read: a record with its origin and raw size, or an error.
pub type Item = Result<(Record, Origin, usize), RecordError>;

/// The formats reliefdex reads, decided from a file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    JsonLines,
    Json,
    Text(Markup),
    Html,
}

fn format_of(name: &str) -> Option<(Format, bool)> {
    let lower = name.to_ascii_lowercase();
    let (stem, gz) = match lower.strip_suffix(".gz") {
        Some(s) => (s.to_string(), true),
        None => (lower, false),
    };
    let ext = Path::new(&stem).extension()?.to_str()?.to_string();
    let f = match ext.as_str() {
        "jsonl" | "ndjson" => Format::JsonLines,
        "json" => Format::Json,
        "txt" | "text" => Format::Text(Markup::Plain),
        "md" | "markdown" => Format::Text(Markup::Markdown),
        "html" | "htm" => Format::Html,
        _ => return None,
    };
    Some((f, gz))
}

/// Total size in bytes of the plain files among `inputs` (for progress bars).
pub fn total_size(inputs: &[PathBuf]) -> u64 {
    let mut total = 0;
    for p in expand(inputs).into_iter().flatten() {
        total += std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
    }
    total
}

/// Expands directories into the files under them (sorted), keeping explicit
/// files as given. `-` stays `-`.
fn expand(inputs: &[PathBuf]) -> Vec<Result<PathBuf, RecordError>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" || !p.is_dir() {
            out.push(Ok(p.clone()));
            continue;
        }
        let mut stack = vec![p.clone()];
        let mut files = Vec::new();
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) => {
                    out.push(Err(error(&dir.display().to_string(), "", &e.to_string())));
                    continue;
                }
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| format_of(n).is_some())
                {
                    files.push(path);
                }
            }
        }
        files.sort();
        out.extend(files.into_iter().map(Ok));
    }
    out
}

fn error(file: &str, locator: &str, reason: &str) -> RecordError {
    RecordError {
        origin: Origin {
            file: file.to_string(),
            locator: locator.to_string(),
        },
        reason: reason.to_string(),
    }
}

/// Reads every input, calling `sink` with each record or error in order.
/// `sink` may stop the run by returning `ControlFlow::Break`.
pub fn read_inputs(
    inputs: &[PathBuf],
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) {
    for path in expand(inputs) {
        let flow = match path {
            Ok(p) => read_path(&p, opts, sink),
            Err(e) => sink(Err(e)),
        };
        if flow.is_break() {
            return;
        }
    }
}

/// Reads JSON Lines compiled into the binary (the demo sample).
pub fn read_embedded(
    name: &str,
    data: &'static [u8],
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) {
    let _ = read_json_lines(name, Box::new(data), None, opts, sink);
}

fn read_path(
    path: &Path,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let name = path.display().to_string();
    if name == "-" {
        let stdin = io::stdin();
        return read_stream(&name, Box::new(stdin.lock()), None, opts, sink);
    }
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let Some((format, gz)) = format_of(file_name) else {
        let reason = if path.exists() {
            "unknown file type (reliefdex reads .jsonl, .ndjson, .json, .txt, .md, .html and their .gz)"
        } else {
            "no such file or directory"
        };
        return sink(Err(error(&name, "", reason)));
    };
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return sink(Err(error(&name, "", "no such file or directory")))
        }
        Err(e) => return sink(Err(error(&name, "", &e.to_string()))),
    };
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(file),
        ))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, file))
    };
    read_stream(&name, reader, Some((format, path)), opts, sink)
}

/// Reads one stream. With no known format (stdin), sniffs: a first line that
/// is a whole JSON object means JSON Lines, anything else is one JSON document.
fn read_stream(
    name: &str,
    mut reader: Box<dyn BufRead>,
    format: Option<(Format, &Path)>,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    match format {
        Some((Format::JsonLines, _)) => read_json_lines(name, reader, None, opts, sink),
        Some((Format::Json, _)) => read_json_document(name, reader, Vec::new(), opts, sink),
        Some((Format::Text(markup), path)) => {
            read_text_file(name, path, reader, markup, opts, sink)
        }
        Some((Format::Html, path)) => read_text_file(name, path, reader, Markup::Html, opts, sink),
        None => {
            let mut first = Vec::new();
            match read_line_limited(&mut reader, &mut first, opts.max_record_bytes) {
                Err(e) => return sink(Err(error(name, "", &e.to_string()))),
                Ok(Line::Eof) => return ControlFlow::Continue(()),
                Ok(Line::TooLong(len)) => {
                    return sink(Err(error(name, "1", &too_large(len, opts))))
                }
                Ok(Line::Read) => {}
            }
            let trimmed = first.trim_ascii();
            let is_line = trimmed.starts_with(b"{")
                && serde_json::from_slice::<Value>(trimmed).is_ok_and(|v| v.get("data").is_none());
            if is_line {
                read_json_lines(name, reader, Some(first), opts, sink)
            } else {
                read_json_document(name, reader, first, opts, sink)
            }
        }
    }
}

/// What [`read_line_limited`] found.
enum Line {
    /// End of input, nothing read.
    Eof,
    /// A line (possibly empty) is in the buffer, newline excluded.
    Read,
    /// A line longer than the limit was skipped; its full length.
    TooLong(usize),
}

/// Reads a line into `buf` without ever holding more than `limit` bytes of
/// it, so a 50 MB record costs no 50 MB allocation.
fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Line> {
    buf.clear();
    let mut total = 0usize;
    let mut seen_any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        seen_any = true;
        let (chunk, newline) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], true),
            None => (available, false),
        };
        let used = chunk.len() + usize::from(newline);
        total += chunk.len();
        if total <= limit {
            buf.extend_from_slice(chunk);
        } else {
            buf.clear();
        }
        reader.consume(used);
        if newline {
            break;
        }
    }
    Ok(if !seen_any {
        Line::Eof
    } else if total > limit {
        Line::TooLong(total)
    } else {
        Line::Read
    })
}

fn read_json_lines(
    name: &str,
    mut reader: Box<dyn BufRead>,
    first: Option<Vec<u8>>,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let mut line_no = 0;
    let mut pending = first;
    let mut buf = Vec::new();
    loop {
        let status = match pending.take() {
            Some(first) => {
                buf = first;
                Line::Read
            }
            None => match read_line_limited(&mut reader, &mut buf, opts.max_record_bytes) {
                Ok(s) => s,
                Err(e) => {
                    return sink(Err(error(name, &(line_no + 1).to_string(), &e.to_string())))
                }
            },
        };
        line_no += 1;
        let loc = line_no.to_string();
        match status {
            Line::Eof => return ControlFlow::Continue(()),
            Line::TooLong(len) => {
                sink(Err(error(name, &loc, &too_large(len, opts))))?;
            }
            Line::Read => {
                let line = buf.trim_ascii();
                if line.is_empty() {
                    continue;
                }
                let item = parse_json_line(line, name, &loc);
                sink(item.map(|r| (r, origin(name, &loc), buf.len())))?;
            }
        }
    }
}

fn origin(file: &str, loc: &str) -> Origin {
    Origin {
        file: file.to_string(),
        locator: loc.to_string(),
    }
}

fn parse_json_line(line: &[u8], name: &str, loc: &str) -> Result<Record, RecordError> {
    let text = std::str::from_utf8(line).map_err(|e| {
        error(
            name,
            loc,
            &format!(
                "line is not valid UTF-8 (bad byte at offset {})",
                e.valid_up_to()
            ),
        )
    })?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| error(name, loc, &format!("broken JSON: {e}")))?;
    match value {
        Value::Object(map) => record_from_json(map).map_err(|r| error(name, loc, &r)),
        other => Err(error(
            name,
            loc,
            &format!("expected a JSON object, found {}", json_type(&other)),
        )),
    }
}

fn read_json_document(
    name: &str,
    mut reader: Box<dyn BufRead>,
    prefix: Vec<u8>,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let mut bytes = prefix;
    if !bytes.is_empty() {
        bytes.push(b'\n');
    }
    // A JSON document holds many records, so it may be larger than one.
    let limit = opts.max_record_bytes.saturating_mul(64) as u64;
    if let Err(e) = (&mut reader).take(limit + 1).read_to_end(&mut bytes) {
        return sink(Err(error(name, "", &e.to_string())));
    }
    if bytes.len() as u64 > limit {
        return sink(Err(error(
            name,
            "",
            "JSON document is too large; split it into JSON Lines",
        )));
    }
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            return sink(Err(error(
                name,
                &e.line().to_string(),
                &format!("broken JSON: {e}"),
            )))
        }
    };
    let (items, prefix): (Vec<Value>, &str) = match value {
        Value::Object(mut map) => match map.remove("data") {
            Some(Value::Array(items)) => (items, "data"),
            Some(other) => {
                return sink(Err(error(
                    name,
                    "data",
                    &format!("expected `data` to be a list, found {}", json_type(&other)),
                )))
            }
            None => (vec![Value::Object(map)], ""),
        },
        Value::Array(items) => (items, ""),
        other => {
            return sink(Err(error(
                name,
                "",
                &format!(
                    "expected a JSON object or list, found {}",
                    json_type(&other)
                ),
            )))
        }
    };
    for (i, item) in items.into_iter().enumerate() {
        let loc = if prefix.is_empty() {
            format!("[{i}]")
        } else {
            format!("{prefix}[{i}]")
        };
        let rec = match item {
            Value::Object(map) => {
                let map = flatten_reliefweb(map);
                record_from_json(map).map_err(|r| error(name, &loc, &r))
            }
            other => Err(error(
                name,
                &loc,
                &format!("expected a JSON object, found {}", json_type(&other)),
            )),
        };
        let rec = rec.and_then(|r| {
            if r.body.len() > opts.max_record_bytes {
                Err(error(name, &loc, &too_large(r.body.len(), opts)))
            } else {
                Ok(r)
            }
        });
        let size = rec
            .as_ref()
            .map(|r| r.body.len() + r.title.len())
            .unwrap_or(0);
        sink(rec.map(|r| (r, origin(name, &loc), size)))?;
    }
    ControlFlow::Continue(())
}

fn too_large(len: usize, opts: &ReadOptions) -> String {
    format!(
        "record is {:.1} MB, over the {:.0} MB limit (raise it with --max-record-mb)",
        len as f64 / 1e6,
        opts.max_record_bytes as f64 / (1024.0 * 1024.0)
    )
}

/// A ReliefWeb API item is `{"id": .., "fields": {..}}`: lift the fields up.
fn flatten_reliefweb(mut map: Map<String, Value>) -> Map<String, Value> {
    let Some(Value::Object(fields)) = map.remove("fields") else {
        return map;
    };
    let id = map.remove("id");
    let mut out = fields;
    if let Some(id) = id {
        let id = match id {
            Value::String(s) => Value::String(format!("rw-{s}")),
            Value::Number(n) => Value::String(format!("rw-{n}")),
            other => other,
        };
        out.entry("id").or_insert(id);
    }
    out
}

fn read_text_file(
    name: &str,
    path: &Path,
    mut reader: Box<dyn BufRead>,
    markup: Markup,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let mut bytes = Vec::new();
    let limit = opts.max_record_bytes as u64;
    if let Err(e) = (&mut reader).take(limit + 1).read_to_end(&mut bytes) {
        return sink(Err(error(name, "", &e.to_string())));
    }
    if bytes.len() as u64 > limit {
        let mut total = bytes.len() as u64;
        total += io::copy(&mut reader, &mut io::sink()).unwrap_or(0);
        return sink(Err(error(name, "", &too_large(total as usize, opts))));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..valid]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            return sink(Err(error(
                name,
                &line.to_string(),
                "file is not valid UTF-8",
            )));
        }
    };
    let size = text.len();
    let stem = path
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.split('.').next().unwrap_or(n).to_string())
        .unwrap_or_default();
    let (title, body) = if markup == Markup::Html {
        (html_title(&text), text)
    } else {
        // The first non-empty line is the title.
        let mut title = String::new();
        let mut rest = text.as_str();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            offset += line.len();
            if !line.trim().is_empty() {
                title = line.trim().trim_start_matches('#').trim().to_string();
                rest = &text[offset..];
                break;
            }
        }
        (title, rest.to_string())
    };
    if body.trim().is_empty() {
        return sink(Err(error(
            name,
            "",
            "empty body: the file has a title line but no text",
        )));
    }
    let record = Record {
        id: stem,
        title,
        body,
        markup,
        date: None,
        language: None,
        source: Vec::new(),
        country: Vec::new(),
        url: None,
        extra: Map::new(),
    };
    sink(Ok((record, origin(name, ""), size)))
}

fn html_title(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    for (open, close) in [("<title", "</title>"), ("<h1", "</h1>")] {
        if let Some(s) = lower.find(open) {
            if let Some(gt) = lower[s..].find('>') {
                let from = s + gt + 1;
                if let Some(e) = lower[from..].find(close) {
                    let t = strip_html(&html[from..from + e]);
                    let t = t.trim();
                    if !t.is_empty() {
                        return t.to_string();
                    }
                }
            }
        }
    }
    String::new()
}

/// Builds a [`Record`] from a JSON object, accepting the usual aliases.
/// Returns the reason when a field has the wrong type or the body is missing.
pub fn record_from_json(mut map: Map<String, Value>) -> Result<Record, String> {
    let mut take_string = |keys: &[&str]| -> Result<Option<(String, String)>, String> {
        for k in keys {
            match map.remove(*k) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => return Ok(Some((k.to_string(), s))),
                Some(other) => {
                    return Err(format!(
                        "field `{k}` must be a string, found {}",
                        json_type(&other)
                    ))
                }
            }
        }
        Ok(None)
    };
    let body = take_string(&["body", "text", "content"])?;
    let (body, markup) = match body {
        Some((_, b)) if !b.trim().is_empty() => (b, Markup::Markdown),
        _ => match take_string(&["body-html", "body_html", "html"])? {
            Some((_, b)) if !b.trim().is_empty() => (b, Markup::Html),
            _ => {
                return Err(
                    "empty or missing body (expected `body`, `text`, `content` or `body-html`)"
                        .into(),
                )
            }
        },
    };
    let title = take_string(&["title", "headline"])?
        .map(|t| t.1)
        .unwrap_or_default();
    let url = take_string(&["url", "link"])?.map(|t| t.1);
    let id = match map.remove("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(format!(
                "field `id` must be a string or a number, found {}",
                json_type(&other)
            ))
        }
    };
    let date = take_date(&mut map)?;
    let language = take_language(&mut map)?;
    let source = take_names(&mut map, "source", &["shortname", "name"])?;
    let mut country = take_names(&mut map, "country", &["name"])?;
    if country.is_empty() {
        country = take_names(&mut map, "primary_country", &["name"])?;
    }
    let id = id.unwrap_or_else(|| content_id(&title, &body));
    Ok(Record {
        id,
        title,
        body,
        markup,
        date,
        language,
        source,
        country,
        url,
        extra: map,
    })
}

/// A stable id from the content, for records that carry none.
pub fn content_id(title: &str, body: &str) -> String {
    let mut h = Sha256::new();
    h.update(title.as_bytes());
    h.update([0]);
    h.update(body.as_bytes());
    let digest = h.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("sha-{hex}")
}

fn take_date(map: &mut Map<String, Value>) -> Result<Option<String>, String> {
    for key in ["date", "published", "date_published", "created"] {
        let Some(v) = map.remove(key) else { continue };
        let raw = match &v {
            Value::Null => continue,
            Value::String(s) => s.clone(),
            Value::Object(o) => match o
                .get("original")
                .or_else(|| o.get("created"))
                .and_then(Value::as_str)
            {
                Some(s) => s.to_string(),
                None => return Err(format!("field `{key}` has no `original` date")),
            },
            other => {
                return Err(format!(
                    "field `{key}` must be a date string, found {}",
                    json_type(other)
                ))
            }
        };
        return match parse_date(&raw) {
            Some(d) => Ok(Some(d)),
            None => Err(format!(
                "field `{key}` is not a date: {raw:?} (use YYYY-MM-DD or RFC 3339)"
            )),
        };
    }
    Ok(None)
}

/// Accepts `YYYY-MM-DD`, RFC 3339 / ISO 8601 datetimes, `YYYY-MM` and `YYYY`;
/// returns `YYYY-MM-DD`.
pub fn parse_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    let date_part = s.split(['T', ' ']).next()?;
    let parts: Vec<&str> = date_part.split('-').collect();
    let (y, m, d) = match parts.as_slice() {
        [y] if y.len() == 4 && digits(y) => (*y, "01", "01"),
        [y, m] if y.len() == 4 && digits(y) && digits(m) => (*y, *m, "01"),
        [y, m, d] if y.len() == 4 && digits(y) && digits(m) && digits(d) => (*y, *m, *d),
        _ => return None,
    };
    let (yn, mn, dn): (i32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let month = time::Month::try_from(mn).ok()?;
    time::Date::from_calendar_date(yn, month, dn).ok()?;
    Some(format!("{yn:04}-{mn:02}-{dn:02}"))
}

fn take_language(map: &mut Map<String, Value>) -> Result<Option<String>, String> {
    let Some(v) = map.remove("language") else {
        return Ok(None);
    };
    Ok(match v {
        Value::Null => None,
        Value::String(s) => Some(s),
        Value::Array(items) => items.iter().find_map(|i| match i {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o
                .get("code")
                .or_else(|| o.get("name"))
                .and_then(Value::as_str)
                .map(str::to_string),
            _ => None,
        }),
        Value::Object(o) => o.get("code").and_then(Value::as_str).map(str::to_string),
        other => {
            return Err(format!(
                "field `language` must be a string or a list, found {}",
                json_type(&other)
            ))
        }
    })
}

/// A string, a list of strings, or a list of objects with a name.
fn take_names(
    map: &mut Map<String, Value>,
    key: &str,
    name_keys: &[&str],
) -> Result<Vec<String>, String> {
    let Some(v) = map.remove(key) else {
        return Ok(Vec::new());
    };
    let name_of = |v: &Value| -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => name_keys
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str))
                .map(str::to_string),
            _ => None,
        }
    };
    let out = match &v {
        Value::Null => Vec::new(),
        Value::String(s) => s
            .split([';', '|'])
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
        Value::Array(items) => {
            let mut out = Vec::new();
            for i in items {
                match name_of(i) {
                    Some(n) if !n.trim().is_empty() => out.push(n.trim().to_string()),
                    Some(_) => {}
                    None => {
                        return Err(format!(
                            "field `{key}` must hold strings or objects with a name, found {}",
                            json_type(i)
                        ))
                    }
                }
            }
            out
        }
        Value::Object(_) => name_of(&v).into_iter().collect(),
        other => {
            return Err(format!(
                "field `{key}` must be a string or a list, found {}",
                json_type(other)
            ))
        }
    };
    map.insert(key.to_string(), v);
    Ok(out)
}

/// Title to show for a record: its own, else the first sentence of the body.
pub fn display_title(title: &str, normalized_body: &str) -> String {
    if title.trim().is_empty() {
        first_sentence(normalized_body, 120)
    } else {
        title.to_string()
    }
}
