//! Text analysis for the index: UAX #29 words (unicode-segmentation),
//! lowercased, ASCII-folded and stemmed per language.
//!
//! Analyzers are not persisted by tantivy, so [`register`] runs every time an
//! index is opened, for writing and for searching alike.

use frostem::Algorithm;
use rustc_hash::FxHashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, TextAnalyzer, Token, TokenFilter,
    TokenStream, Tokenizer,
};
use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;

/// Splits text into words by Unicode word boundaries (UAX #29), keeping only
/// segments that contain a letter or digit. "7,000" and "Nagorno" stay whole;
/// "Nagorno-Karabakh" gives two words.
///
/// UAX #29 always breaks at ASCII whitespace, so the text is cut there into
/// chunks first: a chunk of plain ASCII (most of an English report) is split
/// by [`ascii_words`], which applies the same rules restricted to ASCII; any
/// other chunk goes through unicode-segmentation. A test checks that both
/// give the same words on real reports.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The token stream of [`WordTokenizer`].
pub struct WordTokenStream<'a> {
    text: &'a str,
    /// Byte offset where the next chunk starts.
    pos: usize,
    /// The chunk being split: its start offset and its words.
    chunk: Chunk<'a>,
    token: &'a mut Token,
}

enum Chunk<'a> {
    None,
    Ascii {
        start: usize,
        end: usize,
    },
    Unicode {
        start: usize,
        words: unicode_segmentation::UWordBoundIndices<'a>,
    },
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            pos: 0,
            chunk: Chunk::None,
            token: &mut self.token,
        }
    }
}

impl WordTokenStream<'_> {
    fn emit(&mut self, start: usize, end: usize) -> bool {
        self.token.text.clear();
        self.token.text.push_str(&self.text[start..end]);
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    /// Moves to the next whitespace-delimited chunk; false at the end.
    fn next_chunk(&mut self) -> bool {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        while i < bytes.len() && is_ascii_space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            self.pos = i;
            return false;
        }
        let start = i;
        let mut ascii = true;
        while i < bytes.len() && !is_ascii_space(bytes[i]) {
            ascii &= bytes[i].is_ascii();
            i += 1;
        }
        self.pos = i;
        self.chunk = if ascii {
            Chunk::Ascii { start, end: i }
        } else {
            Chunk::Unicode {
                start,
                words: self.text[start..i].split_word_bound_indices(),
            }
        };
        true
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            match &mut self.chunk {
                Chunk::None => {}
                Chunk::Ascii { start, end } => {
                    let (s, e) = (*start, *end);
                    if let Some((ws, we)) = ascii_word(&self.text.as_bytes()[s..e]) {
                        *start = s + we;
                        return self.emit(s + ws, s + we);
                    }
                }
                Chunk::Unicode { start, words } => {
                    let base = *start;
                    let found = words
                        .by_ref()
                        .find(|(_, w)| w.chars().any(char::is_alphanumeric));
                    if let Some((offset, word)) = found {
                        return self.emit(base + offset, base + offset + word.len());
                    }
                }
            }
            self.chunk = Chunk::None;
            if !self.next_chunk() {
                return false;
            }
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The whitespace at which UAX #29 always breaks (WB3a/b, WB3d), ASCII only.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// ASCII word-break classes of UAX #29.
#[derive(Clone, Copy, PartialEq)]
enum Wb {
    Letter,
    Numeric,
    ExtendNumLet,
    MidLetter,
    MidNum,
    MidNumLetQ,
    Other,
}

fn wb(b: u8) -> Wb {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b'_' => Wb::ExtendNumLet,
        b':' => Wb::MidLetter,
        b',' | b';' => Wb::MidNum,
        b'.' | b'\'' => Wb::MidNumLetQ,
        _ => Wb::Other,
    }
}

/// The first word (a segment with a letter or digit) of an ASCII chunk
/// without whitespace, as a byte range, by rules WB5–WB13b of UAX #29.
fn ascii_word(chunk: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < chunk.len() {
        let first = wb(chunk[i]);
        if !matches!(first, Wb::Letter | Wb::Numeric | Wb::ExtendNumLet) {
            i += 1;
            continue;
        }
        let start = i;
        let mut last = first;
        let mut alnum = first != Wb::ExtendNumLet;
        i += 1;
        while i < chunk.len() {
            let c = wb(chunk[i]);
            match c {
                Wb::Letter | Wb::Numeric | Wb::ExtendNumLet => {}
                Wb::MidLetter | Wb::MidNum | Wb::MidNumLetQ => {
                    let next = chunk.get(i + 1).map(|&b| wb(b));
                    let joins = matches!(
                        (last, c, next),
                        (Wb::Letter, Wb::MidLetter | Wb::MidNumLetQ, Some(Wb::Letter))
                            | (Wb::Numeric, Wb::MidNum | Wb::MidNumLetQ, Some(Wb::Numeric))
                    );
                    if !joins {
                        break;
                    }
                    // The middle character and the one after it join.
                    last = next.unwrap_or(Wb::Other);
                    alnum = true;
                    i += 2;
                    continue;
                }
                Wb::Other => break,
            }
            alnum |= c != Wb::ExtendNumLet;
            last = c;
            i += 1;
        }
        if alnum {
            return Some((start, i));
        }
    }
    None
}

/// The registered name of a language's analyzer.
pub fn analyzer_name(lang: Language) -> &'static str {
    match lang {
        Language::En => "rdx_en",
        Language::Fr => "rdx_fr",
        Language::Es => "rdx_es",
        Language::Other => "rdx_xx",
    }
}

/// Builds a language's analyzer: words, long-token removal, lowercasing,
/// ASCII folding, then the language's stemmer (none for other languages).
pub fn analyzer(lang: Language) -> TextAnalyzer {
    let base = TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    let stem = match lang {
        Language::En => Some(Algorithm::English),
        Language::Fr => Some(Algorithm::French),
        Language::Es => Some(Algorithm::Spanish),
        Language::Other => None,
    };
    match stem {
        Some(a) => base.filter(CachedStemmer::new(a)).build(),
        None => base.build(),
    }
}

/// The Snowball stemmer of a language with a cache of the words it has
/// stemmed: a report repeats its words, a corpus repeats its vocabulary, and
/// a hash lookup costs a fraction of running the algorithm. The cache lives
/// in each analyzer (one per indexing thread) and stops growing at
/// [`STEM_CACHE_LIMIT`] words; stems are those of the algorithm either way.
#[derive(Clone)]
pub struct CachedStemmer {
    stemmer: frostem::Stemmer,
}

/// Words a [`CachedStemmer`] remembers, per analyzer (a few MB at most).
const STEM_CACHE_LIMIT: usize = 100_000;

impl CachedStemmer {
    /// A stemmer for one Snowball algorithm.
    pub fn new(algorithm: Algorithm) -> Self {
        CachedStemmer {
            stemmer: frostem::Stemmer::new(algorithm),
        }
    }
}

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            stemmer: self.stemmer,
            cache: FxHashMap::default(),
            inner,
        }
    }
}

/// [`CachedStemmer`] applied to a tokenizer.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    stemmer: frostem::Stemmer,
    cache: FxHashMap<Box<str>, Box<str>>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: self.stemmer,
            cache: &mut self.cache,
        }
    }
}

/// The token stream of [`CachedStemmerFilter`].
pub struct CachedStemmerStream<'a, T> {
    tail: T,
    stemmer: frostem::Stemmer,
    cache: &'a mut FxHashMap<Box<str>, Box<str>>,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.cache.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem: Box<str> = self.stemmer.stem(&token.text).into();
        if self.cache.len() < STEM_CACHE_LIMIT {
            self.cache.insert(token.text.as_str().into(), stem.clone());
        }
        token.text.clear();
        token.text.push_str(&stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Registers every analyzer on an index.
pub fn register(index: &tantivy::Index) {
    for lang in Language::ALL {
        index
            .tokenizers()
            .register(analyzer_name(lang), analyzer(lang));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: Language, text: &str) -> Vec<String> {
        let mut a = analyzer(lang);
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = s.next() {
            out.push(t.text.clone());
        }
        out
    }

    fn words(text: &str) -> Vec<(usize, String)> {
        let mut t = WordTokenizer::default();
        let mut s = t.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push((s.token().offset_from, s.token().text.clone()));
        }
        out
    }

    /// The reference: every UAX #29 segment with a letter or digit.
    fn uax29(text: &str) -> Vec<(usize, String)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, w)| (i, w.to_string()))
            .collect()
    }

    #[test]
    fn ascii_fast_path_equals_uax29_on_tricky_text() {
        for text in [
            "can't won't 3.5 1,000,000 e.g. U.N. a:b a.1 1.a _x x_ __ ___ a_1",
            "7,000 people; 27 killed (at least). Nagorno-Karabakh's \"corridor\"",
            "'quoted' a'' ''a 1'' 1'2 a'b'c 1.2.3 1,2;3 x:y:z ...a... --",
            "mixed Ségou, Stepanián’s 7\u{a0}000 l’école naïve café-bar",
            "tabs\tand\nnew\r\nlines\x0bvt\x0cff  double",
            "",
            "   ",
            "a",
            "\u{301}abc x\u{301}y ☃x x☃ 東京 2020年",
        ] {
            assert_eq!(words(text), uax29(text), "{text:?}");
        }
    }

    #[test]
    fn ascii_fast_path_equals_uax29_on_generated_text() {
        // A deterministic generator over the characters the rules care about.
        let alphabet: Vec<char> = "aZ09_:.,;'\" -é’\u{a0}\n".chars().collect();
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            state = state.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(1);
            assert_eq!(words(&text), uax29(&text), "{text:?}");
        }
    }

    #[test]
    fn ascii_fast_path_equals_uax29_on_the_sample_reports() {
        let sample = include_str!("../data/sample.jsonl");
        let mut n = 0;
        for line in sample.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            for field in ["title", "body"] {
                if let Some(text) = v[field].as_str() {
                    assert_eq!(words(text), uax29(text), "{}", v["id"]);
                    n += 1;
                }
            }
        }
        assert!(n > 300);
    }

    #[test]
    fn cached_stems_equal_tantivys_stemmer() {
        use tantivy::tokenizer::{Language as L, Stemmer};
        let sample = include_str!("../data/sample.jsonl");
        for (lang, tl) in [
            (Language::En, L::English),
            (Language::Fr, L::French),
            (Language::Es, L::Spanish),
        ] {
            let mut reference = TextAnalyzer::builder(WordTokenizer::default())
                .filter(RemoveLongFilter::limit(48))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .filter(Stemmer::new(tl))
                .build();
            let mut ours = analyzer(lang);
            // Twice over the text, so the second pass is answered by the cache.
            let text = sample.repeat(2);
            let mut a = reference.token_stream(&text);
            let mut b = ours.token_stream(&text);
            let mut n = 0;
            while a.advance() {
                assert!(b.advance());
                assert_eq!(a.token().text, b.token().text);
                n += 1;
            }
            assert!(!b.advance());
            assert!(n > 100_000);
        }
    }

    #[test]
    fn words_lowercase_fold_and_stem() {
        assert_eq!(
            tokens(Language::En, "Displaced people in Ségou, 7,000 evacuated."),
            ["displac", "peopl", "in", "segou", "7,000", "evacu"]
        );
        // Inflected forms meet on one stem in their own language.
        assert_eq!(
            tokens(Language::Fr, "Personnes déplacées"),
            tokens(Language::Fr, "personne déplacée")
        );
        assert_eq!(tokens(Language::Fr, "déplacées"), ["deplace"]);
        assert_eq!(
            tokens(Language::Es, "desplazados"),
            tokens(Language::Es, "desplazadas")
        );
        assert_eq!(tokens(Language::Es, "desplazados"), ["desplaz"]);
        assert_eq!(tokens(Language::Other, "Déplacées"), ["deplacees"]);
    }
}
