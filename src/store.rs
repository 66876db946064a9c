//! The index directory: create, open, version stamp, writer lock.
//!
//! Beside tantivy's files the directory holds `reliefdex.json`, which stamps
//! the schema version; an index of another version, or a directory that is
//! not a reliefdex index, is refused with a sentence saying what to do.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, TantivyError};

use crate::schema::{self, Fields, SCHEMA_VERSION};
use crate::{tokenizer, Error};

const STAMP: &str = "reliefdex.json";

#[derive(Debug, Serialize, Deserialize)]
struct Stamp {
    schema_version: u32,
    created_by: String,
}

/// An opened index with its field handles.
pub struct Store {
    /// Where it lives.
    pub dir: PathBuf,
    /// The tantivy index, analyzers registered.
    pub index: Index,
    /// Field handles.
    pub fields: Fields,
    /// Opened once, on first use: opening segment readers costs milliseconds.
    reader: std::sync::OnceLock<IndexReader>,
}

impl Store {
    /// Opens an existing index for reading.
    pub fn open(dir: &Path) -> Result<Store, Error> {
        if !dir.join(STAMP).exists() {
            if dir.join("meta.json").exists() {
                return Err(Error::Index(format!(
                    "{} is a tantivy index but not a reliefdex one; point --index at a reliefdex index",
                    dir.display()
                )));
            }
            return Err(Error::Index(format!(
                "no index at {}; build one with `reliefdex index FILES...` or point --index (or RELIEFDEX_INDEX) at one",
                dir.display()
            )));
        }
        check_stamp(dir)?;
        let index = Index::open_in_dir(dir).map_err(|e| open_error(dir, e))?;
        tokenizer::register(&index);
        let fields = Fields::from_schema(&index.schema()).map_err(|e| {
            Error::Index(format!(
                "the index at {} does not have reliefdex's fields ({e}); re-create it",
                dir.display()
            ))
        })?;
        Ok(Store {
            dir: dir.to_path_buf(),
            index,
            fields,
            reader: std::sync::OnceLock::new(),
        })
    }

    /// Opens the index at `dir` for writing, creating it if the directory is
    /// missing or empty.
    pub fn open_or_create(dir: &Path) -> Result<Store, Error> {
        let empty = !dir.exists()
            || std::fs::read_dir(dir)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
        if !empty {
            return Store::open(dir);
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
        let mmap = MmapDirectory::open(dir)
            .map_err(|e| Error::Index(format!("{}: {e}", dir.display())))?;
        let index = Index::create(mmap, schema::build(), Default::default())?;
        let stamp = Stamp {
            schema_version: SCHEMA_VERSION,
            created_by: format!("reliefdex {}", env!("CARGO_PKG_VERSION")),
        };
        let json = serde_json::to_string_pretty(&stamp).map_err(|e| Error::Index(e.to_string()))?;
        std::fs::write(dir.join(STAMP), json).map_err(|e| Error::Io {
            path: dir.join(STAMP),
            source: e,
        })?;
        tokenizer::register(&index);
        let fields = Fields::from_schema(&index.schema())?;
        Ok(Store {
            dir: dir.to_path_buf(),
            index,
            fields,
            reader: std::sync::OnceLock::new(),
        })
    }

    /// A writer with `memory_mb` of indexing memory split over `threads`.
    /// Fails with a clear sentence when another writer holds the lock.
    pub fn writer(
        &self,
        threads: usize,
        memory_mb: usize,
    ) -> Result<IndexWriter<TantivyDocument>, Error> {
        let threads = threads.clamp(1, 8);
        // tantivy needs at least 15 MB per thread.
        let per_thread = (memory_mb * 1024 * 1024 / threads).max(15_000_000);
        self.index
            .writer_with_num_threads(threads, per_thread * threads)
            .map_err(|e| match e {
                TantivyError::LockFailure(..) => Error::Index(format!(
                    "the index at {} is locked by another reliefdex writer; wait for it to finish (or remove {}/.tantivy-writer.lock if no writer is running)",
                    self.dir.display(),
                    self.dir.display()
                )),
                other => Error::Tantivy(other),
            })
    }

    /// A reader that sees the last commit as of its first use (reload it to
    /// see later commits).
    pub fn reader(&self) -> Result<IndexReader, Error> {
        if let Some(r) = self.reader.get() {
            return Ok(r.clone());
        }
        let r: IndexReader = self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(self.reader.get_or_init(|| r).clone())
    }
}

fn check_stamp(dir: &Path) -> Result<(), Error> {
    let path = dir.join(STAMP);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::Io {
        path: path.clone(),
        source: e,
    })?;
    let stamp: Stamp = serde_json::from_str(&text).map_err(|e| {
        Error::Index(format!(
            "{}: unreadable version stamp ({e})",
            path.display()
        ))
    })?;
    if stamp.schema_version != SCHEMA_VERSION {
        return Err(Error::Index(format!(
            "the index at {} has schema version {} ({}), but this reliefdex reads version {}; delete the directory and index the reports again",
            dir.display(),
            stamp.schema_version,
            stamp.created_by,
            SCHEMA_VERSION
        )));
    }
    Ok(())
}

fn open_error(dir: &Path, e: TantivyError) -> Error {
    Error::Index(format!("cannot open the index at {}: {e}", dir.display()))
}
