//! Text analysis for the index: UAX #29 words (unicode-segmentation),
//! lowercased, ASCII-folded and stemmed per language.
//!
//! Analyzers are not persisted by tantivy, so [`register`] runs every time an
//! index is opened, for writing and for searching alike.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language as StemLanguage, LowerCaser, RemoveLongFilter, Stemmer,
    TextAnalyzer, Token, TokenStream, Tokenizer,
};
use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;

/// Splits text into words by Unicode word boundaries (UAX #29), keeping only
/// segments that contain a letter or digit. "7,000" and "Nagorno" stay whole;
/// "Nagorno-Karabakh" gives two words.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The token stream of [`WordTokenizer`].
pub struct WordTokenStream<'a> {
    words: unicode_segmentation::UWordBoundIndices<'a>,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            words: text.split_word_bound_indices(),
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        for (offset, word) in self.words.by_ref() {
            if !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            self.token.text.clear();
            self.token.text.push_str(word);
            self.token.offset_from = offset;
            self.token.offset_to = offset + word.len();
            self.token.position = self.token.position.wrapping_add(1);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
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
        Language::En => Some(StemLanguage::English),
        Language::Fr => Some(StemLanguage::French),
        Language::Es => Some(StemLanguage::Spanish),
        Language::Other => None,
    };
    match stem {
        Some(l) => base.filter(Stemmer::new(l)).build(),
        None => base.build(),
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
