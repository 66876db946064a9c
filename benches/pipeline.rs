//! Criterion benches: extraction throughput (MB/s), indexing throughput, and
//! a faceted query, on the bundled sample or, with
//! `RELIEFDEX_CORPUS=../shared/corpus`, on every `*.jsonl` there.

use std::ops::ControlFlow;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use reliefdex::corpus::{read_embedded, read_inputs, ReadOptions};
use reliefdex::extract::Extractor;
use reliefdex::normalize::normalize;
use reliefdex::query::Filter;
use reliefdex::record::Record;
use reliefdex::schema::Dim;
use reliefdex::search::{search, Interval, SearchRequest, Sort};
use reliefdex::store::Store;

// The allocator of the binary, so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SAMPLE: &[u8] = include_bytes!("../data/sample.jsonl");

fn corpus_files() -> Option<Vec<PathBuf>> {
    let dir = std::env::var_os("RELIEFDEX_CORPUS")?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    Some(files)
}

fn records() -> Vec<Record> {
    let mut out = Vec::new();
    let mut sink = |item: reliefdex::corpus::Item| {
        if let Ok((r, _, _)) = item {
            out.push(r);
        }
        ControlFlow::Continue(())
    };
    match corpus_files() {
        Some(files) => read_inputs(&files, &ReadOptions::default(), &mut sink),
        None => read_embedded("sample", SAMPLE, &ReadOptions::default(), &mut sink),
    }
    out
}

fn bench(c: &mut Criterion) {
    let records = records();
    let bytes: usize = records.iter().map(|r| r.title.len() + r.body.len()).sum();
    let extractor = Extractor::new().expect("vocabularies");
    let texts: Vec<_> = records
        .iter()
        .map(|r| normalize(&r.title, &r.body, r.markup))
        .collect();
    let text_bytes: usize = texts.iter().map(|t| t.body.len()).sum();

    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text_bytes as u64));
    g.bench_function("extract one core", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    extractor
                        .extract(t, reliefdex::lang::Language::En)
                        .claims
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("normalize+extract one core", |b| {
        b.iter(|| {
            records
                .iter()
                .map(|r| {
                    let t = normalize(&r.title, &r.body, r.markup);
                    extractor
                        .extract(&t, reliefdex::lang::Language::En)
                        .claims
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.finish();

    // One JSON Lines file with every input record, for the indexing benches.
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("input.jsonl");
    let mut all = Vec::new();
    match corpus_files() {
        Some(files) => {
            for f in files {
                all.extend(std::fs::read(f).expect("read corpus"));
            }
        }
        None => all.extend_from_slice(SAMPLE),
    }
    std::fs::write(&input, all).expect("write input");

    let mut g = c.benchmark_group("index");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("index with extraction", |b| {
        b.iter_batched(
            || dir.path().join(format!("ix-{}", rand_suffix())),
            |d| {
                reliefdex::commands::index_files(&d, std::slice::from_ref(&input), 2, 256)
                    .expect("index");
                std::fs::remove_dir_all(&d).ok();
            },
            criterion::BatchSize::PerIteration,
        )
    });
    g.finish();

    let ix = dir.path().join("query-index");
    reliefdex::commands::index_files(&ix, &[input], 2, 256).expect("index");
    let store = Store::open(&ix).expect("open");
    let req = SearchRequest {
        text: "cholera".into(),
        filters: vec![Filter::Facet(Dim::Language, "en".into())],
        facets: vec![Dim::Actor, Dim::Location, Dim::Claim, Dim::By],
        facet_path: None,
        facet_depth: 1,
        facet_limit: 10,
        histogram: Some(Interval::Year),
        sort: Sort::Relevance,
        limit: 10,
        offset: 0,
    };
    let mut g = c.benchmark_group("query");
    g.bench_function("faceted search (4 facets, histogram, snippets)", |b| {
        b.iter(|| search(&store, &req).expect("search").total)
    });
    let counts_only = SearchRequest {
        limit: 0,
        histogram: None,
        ..req.clone()
    };
    g.bench_function("faceted counts (4 facets, no hits)", |b| {
        b.iter(|| search(&store, &counts_only).expect("search").total)
    });
    g.finish();
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

criterion_group!(benches, bench);
criterion_main!(benches);
