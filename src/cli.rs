//! Command line: clap definitions only. Every `///` line is `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// reliefdex: search humanitarian reports by actor, location and claim.
#[derive(Debug, Parser)]
#[command(name = "reliefdex", version, about, long_about = None)]
pub struct Cli {
    /// Index directory.
    #[arg(
        long,
        global = true,
        env = "RELIEFDEX_INDEX",
        default_value = "reliefdex-index"
    )]
    pub index: PathBuf,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read, extract and add or update (upsert by id) reports in the index.
    Index(IndexArgs),
    /// Ranked hits with filters, facet counts, snippets, sort and paging.
    Search(SearchArgs),
    /// Facet counts only, with drill-down into a path.
    Facets(FacetsArgs),
    /// One report with everything extracted and the sentence behind each claim.
    Show(ShowArgs),
    /// Read, normalize and extract without an index; one JSON object per report.
    Extract(ExtractArgs),
    /// Documents, segments, size, facet cardinalities, schema version.
    Stats(StatsArgs),
    /// Index the bundled sample of real reports and run a faceted search on it.
    Demo(DemoArgs),
    /// Score the extractor: precision, recall and F1 on the labelled reports of
    /// tests/eval (compiled in), and on the corpus's own labels with --corpus.
    Eval(EvalArgs),
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for people (default on a terminal).
    Table,
    /// One JSON document (default when piped).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values, one row per hit.
    Csv,
}

/// Options shared by commands that read input files.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Files or directories to read (.jsonl, .ndjson, .json, .txt, .md, .html, and .gz of
    /// them); `-` reads JSON from stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Stop at the first bad record instead of reporting it and going on.
    #[arg(long)]
    pub strict: bool,
    /// Largest record accepted, in MB; larger ones are reported and skipped.
    #[arg(long, default_value_t = 16, value_name = "MB")]
    pub max_record_mb: usize,
}

/// `index`
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Inputs and reading options.
    #[command(flatten)]
    pub read: ReadArgs,
    /// No progress bar and no summary line (errors are still printed).
    #[arg(long, short)]
    pub quiet: bool,
    /// Indexing threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Memory for the index writer, in MB: peak memory follows this, not corpus size.
    #[arg(long, default_value_t = 256, value_name = "MB")]
    pub memory_mb: usize,
}

/// Filters shared by `search` and `facets`.
#[derive(Debug, Args, Default, Clone)]
pub struct FilterArgs {
    /// Reports naming this actor: a facet path (/humanitarian/ICRC), a name, an alias or an
    /// acronym. Repeat for OR.
    #[arg(long, value_name = "ACTOR")]
    pub actor: Vec<String>,
    /// Reports naming this place: a path (/Azerbaijan/Nagorno-Karabakh), a name, an alias or
    /// an ISO3 code. Repeat for OR.
    #[arg(long, value_name = "PLACE")]
    pub location: Vec<String>,
    /// Reports making this claim: a type (casualties/killed) or a group (casualties). Repeat
    /// for OR.
    #[arg(long, value_name = "TYPE")]
    pub claim: Vec<String>,
    /// Reports with a claim made by this actor. Repeat for OR.
    #[arg(long, value_name = "ACTOR")]
    pub by: Vec<String>,
    /// Reports dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Reports dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Boolean filter: `claim:casualties/killed AND (location:Shusha OR location:ARM) AND NOT
    /// by:/government/Azerbaijan AND killed >= 10`. Repeat to AND several.
    #[arg(long, value_name = "EXPR")]
    pub filter: Vec<String>,
}

/// `search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Free text in tantivy query syntax: words (all required), "phrases", OR, -exclude,
    /// title:word. Empty matches everything.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Facet counts to add, comma-separated: actor,location,claim,by,source,country,language.
    #[arg(long, value_delimiter = ',', value_name = "DIMS")]
    pub facets: Vec<String>,
    /// Facet levels to expand (1 = top level only).
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Values per facet level.
    #[arg(long, default_value_t = 10)]
    pub facet_limit: usize,
    /// Date histogram of the matching reports.
    #[arg(long, value_name = "INTERVAL")]
    pub histogram: Option<IntervalArg>,
    /// Order: relevance, date, date:asc, or a count (killed, injured, missing, displaced,
    /// evacuated, refugees, returned) with optional :asc. Default: relevance with a query,
    /// newest first without.
    #[arg(long)]
    pub sort: Option<String>,
    /// Hits per page.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, short)]
    pub format: Option<Format>,
}

/// `facets`
#[derive(Debug, Args)]
pub struct FacetsArgs {
    /// Free text restricting the counted reports.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Dimensions to count, comma-separated (default: actor,location,claim,by).
    #[arg(long, value_delimiter = ',', value_name = "DIMS")]
    pub facets: Vec<String>,
    /// Count the children of this path (e.g. /Azerbaijan).
    #[arg(long)]
    pub path: Option<String>,
    /// Levels to expand below the path.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Values per level.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Date histogram of the counted reports.
    #[arg(long, value_name = "INTERVAL")]
    pub histogram: Option<IntervalArg>,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, short)]
    pub format: Option<Format>,
}

/// Histogram intervals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IntervalArg {
    /// Calendar months.
    Month,
    /// Calendar years.
    Year,
}

/// `show`
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Report id.
    pub id: String,
    /// Output format (table or json).
    #[arg(long, short)]
    pub format: Option<Format>,
}

/// `extract`
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Inputs and reading options.
    #[command(flatten)]
    pub read: ReadArgs,
    /// Include the normalized body in the output.
    #[arg(long)]
    pub body: bool,
    /// json (pretty, one object per report) or jsonl (one per line).
    #[arg(long, short, default_value = "json")]
    pub format: Format,
}

/// `stats`
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Output format (table or json).
    #[arg(long, short)]
    pub format: Option<Format>,
}

/// `eval`
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Also score against the document-level labels of a corpus directory
    /// (who-dons.jsonl, reliefweb-2026.jsonl, disaster-messages.jsonl).
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<std::path::PathBuf>,
    /// List, per labelled report, what was missed and what was spurious.
    #[arg(long)]
    pub errors: bool,
    /// Output format (table or json).
    #[arg(long, short)]
    pub format: Option<Format>,
}

/// `demo`
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// No progress bar while indexing the sample.
    #[arg(long, short)]
    pub quiet: bool,
}
