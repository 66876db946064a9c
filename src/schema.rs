//! The index schema: the only file that names tantivy fields.
//!
//! Full text lives in one title/body field pair per language so each gets its
//! own stemmer; the normalized title and body are stored once for display and
//! snippets. Facets hold actors, locations, claims and who claims them;
//! numeric fast fields hold the main counts.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, STORED, STRING,
};

use crate::lang::Language;
use crate::tokenizer::analyzer_name;

/// Bumped whenever the schema, the analyzers or the stored extraction change
/// shape; an index of another version is refused.
pub const SCHEMA_VERSION: u32 = 1;

/// The facet dimensions a user can filter and count on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dim {
    /// Who acts or speaks: `/<kind>/<name>`.
    Actor,
    /// Where: `/<Country>/<region>/<place>`.
    Location,
    /// What is claimed: `/<group>/<type>`.
    Claim,
    /// Who makes a claim: an actor facet.
    By,
    /// Publishing organisation (record metadata).
    Source,
    /// Country the record is tagged with (record metadata).
    Country,
    /// Report language code.
    Language,
}

impl Dim {
    /// Every dimension, in display order.
    pub const ALL: [Dim; 7] = [
        Dim::Actor,
        Dim::Location,
        Dim::Claim,
        Dim::By,
        Dim::Source,
        Dim::Country,
        Dim::Language,
    ];

    /// The name users type (`--facets actor,location`).
    pub fn name(self) -> &'static str {
        match self {
            Dim::Actor => "actor",
            Dim::Location => "location",
            Dim::Claim => "claim",
            Dim::By => "by",
            Dim::Source => "source",
            Dim::Country => "country",
            Dim::Language => "language",
        }
    }

    /// Parses a dimension name.
    pub fn from_name(name: &str) -> Option<Dim> {
        Dim::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// The counts kept as numeric fast fields, keyed by claim type.
pub const COUNTS: [(&str, &str); 7] = [
    ("killed", "casualties/killed"),
    ("injured", "casualties/injured"),
    ("missing", "casualties/missing"),
    ("displaced", "displacement/displaced"),
    ("evacuated", "displacement/evacuated"),
    ("refugees", "displacement/refugees"),
    ("returned", "displacement/returned"),
];

/// Handles to every field.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Record id: the upsert key.
    pub id: Field,
    /// Content hash: an unchanged record is skipped on re-index.
    pub hash: Field,
    /// Searchable title, one field per [`Language::ALL`].
    pub title_text: [Field; 4],
    /// Searchable body, one field per [`Language::ALL`].
    pub body_text: [Field; 4],
    /// Stored normalized title.
    pub title: Field,
    /// Stored normalized body.
    pub body: Field,
    /// Facet fields, one per [`Dim::ALL`].
    pub facets: [Field; 7],
    /// Publication date.
    pub date: Field,
    /// `yyyymm` of the date, for month and year histograms.
    pub month: Field,
    /// Count fields, one per [`COUNTS`].
    pub counts: [Field; 7],
    /// Stored extraction JSON.
    pub extraction: Field,
    /// Stored record metadata JSON (source, country, url, other fields).
    pub meta: Field,
}

impl Fields {
    /// The facet field of a dimension.
    pub fn facet(&self, dim: Dim) -> Field {
        self.facets[Dim::ALL.iter().position(|d| *d == dim).unwrap_or(0)]
    }

    /// The count field named `name` ("killed"), if any.
    pub fn count(&self, name: &str) -> Option<Field> {
        COUNTS
            .iter()
            .position(|(n, _)| *n == name)
            .map(|i| self.counts[i])
    }

    /// Index of a language in the per-language field arrays.
    pub fn lang_slot(lang: Language) -> usize {
        Language::ALL.iter().position(|l| *l == lang).unwrap_or(3)
    }

    /// Looks every field up in an opened index's schema.
    pub fn from_schema(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        let langs = |prefix: &str| -> tantivy::Result<[Field; 4]> {
            Ok([
                f(&format!("{prefix}_{}", Language::ALL[0].code()))?,
                f(&format!("{prefix}_{}", Language::ALL[1].code()))?,
                f(&format!("{prefix}_{}", Language::ALL[2].code()))?,
                f(&format!("{prefix}_{}", Language::ALL[3].code()))?,
            ])
        };
        let mut facets = Vec::new();
        for d in Dim::ALL {
            facets.push(f(d.name())?);
        }
        let mut counts = Vec::new();
        for (n, _) in COUNTS {
            counts.push(f(n)?);
        }
        Ok(Fields {
            id: f("id")?,
            hash: f("hash")?,
            title_text: langs("title")?,
            body_text: langs("body")?,
            title: f("title")?,
            body: f("body")?,
            facets: facets.try_into().expect("seven facet dims"),
            date: f("date")?,
            month: f("month")?,
            counts: counts.try_into().expect("seven counts"),
            extraction: f("extraction")?,
            meta: f("meta")?,
        })
    }
}

/// Builds the schema.
pub fn build() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("id", STRING | STORED);
    b.add_text_field("hash", STRING | STORED);
    for prefix in ["title", "body"] {
        for lang in Language::ALL {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(analyzer_name(lang))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            b.add_text_field(
                &format!("{prefix}_{}", lang.code()),
                TextOptions::default().set_indexing_options(indexing),
            );
        }
    }
    b.add_text_field("title", STORED);
    b.add_text_field("body", STORED);
    for d in Dim::ALL {
        b.add_facet_field(d.name(), FacetOptions::default());
    }
    b.add_date_field(
        "date",
        DateOptions::default()
            .set_indexed()
            .set_fast()
            .set_stored()
            .set_precision(DateTimePrecision::Seconds),
    );
    b.add_u64_field("month", NumericOptions::default().set_fast().set_indexed());
    for (n, _) in COUNTS {
        b.add_u64_field(
            n,
            NumericOptions::default()
                .set_fast()
                .set_indexed()
                .set_stored(),
        );
    }
    b.add_text_field("extraction", STORED);
    b.add_text_field("meta", STORED);
    b.build()
}

/// Names of the numeric count fields, for error messages.
pub fn count_names() -> Vec<&'static str> {
    COUNTS.iter().map(|(n, _)| *n).collect()
}
