//! Stage 3, extract: cue words per language — reporting verbs ("said",
//! "a déclaré", "afirmó"), attribution phrases ("according to", "selon",
//! "según"), role nouns ("director", "porte-parole") and titles ("Mr.").

use super::claims::Tc;
use super::gazetteer::MatcherBuilder;
use crate::lang::Language;

/// What a cue says about the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A reporting verb: its subject makes the claims of the sentence.
    Report,
    /// "According to X": X makes the claims.
    According,
    /// A role noun that introduces a person ("regional director ..., Jane Doe").
    Role,
    /// A title right before a person's name.
    Title,
}

const EN_REPORT: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "announced",
    "announces",
    "stated",
    "states",
    "stressed",
    "denounced",
    "accused",
    "added",
    "confirmed",
    "warned",
    "noted",
    "indicated",
    "declared",
    "claimed",
    "assured",
    "explained",
    "told",
    "called on",
    "calls on",
    "called for",
    "calls for",
    "urged",
    "urges",
    "condemned",
    "condemns",
    "emphasized",
    "emphasised",
    "underlined",
    "highlighted",
    "estimated",
    "estimates",
    "recorded",
    "documented",
    "appealed",
    "insisted",
    "affirmed",
    "revealed",
    "asserted",
    "alleged",
    "informed",
    "tweeted",
    "wrote",
];
const EN_ACCORDING: &[&str] = &[
    "according to",
    "as reported by",
    "as stated by",
    "as announced by",
    "as confirmed by",
    "reported by",
    "figures from",
    "data from",
];
const EN_ROLE: &[&str] = &[
    "director",
    "director-general",
    "representative",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "minister",
    "coordinator",
    "head",
    "chief",
    "president",
    "secretary-general",
    "secretary",
    "envoy",
    "commissioner",
    "ambassador",
    "governor",
    "mayor",
    "commander",
    "officer",
    "official",
    "chairman",
    "chairperson",
    "chair",
    "adviser",
    "advisor",
    "manager",
    "delegate",
    "ombudsman",
    "leader",
    "deputy",
    "founder",
    "ceo",
    "rapporteur",
    "coordinator",
    "administrator",
];
const TITLES: &[&str] = &[
    "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mr", "Ms", "Mrs", "Dr", "M.", "Mme", "Sr.", "Sra.",
];
const FR_REPORT: &[&str] = &[
    "a déclaré",
    "a indiqué",
    "a annoncé",
    "a affirmé",
    "a dénoncé",
    "a signalé",
    "a rapporté",
    "a précisé",
    "a souligné",
    "a appelé",
    "a averti",
    "déclare",
    "indique",
    "a ajouté",
    "a accusé",
    "a confirmé",
    "a estimé",
    "ont déclaré",
    "ont indiqué",
    "ont annoncé",
    "ont signalé",
    "ont rapporté",
    "a condamné",
    "appelle",
    "a expliqué",
    "a assuré",
];
const FR_ACCORDING: &[&str] = &["selon", "d'après", "d’après", "de source"];
const FR_ROLE: &[&str] = &[
    "directeur",
    "directrice",
    "représentant",
    "représentante",
    "porte-parole",
    "ministre",
    "coordinateur",
    "coordinatrice",
    "chef",
    "président",
    "présidente",
    "secrétaire général",
    "envoyé",
    "envoyée",
    "commissaire",
    "ambassadeur",
    "gouverneur",
    "maire",
    "responsable",
    "délégué",
    "déléguée",
];
const ES_REPORT: &[&str] = &[
    "dijo",
    "afirmó",
    "informó",
    "anunció",
    "denunció",
    "declaró",
    "señaló",
    "indicó",
    "aseguró",
    "reportó",
    "explicó",
    "advirtió",
    "añadió",
    "agregó",
    "acusó",
    "confirmó",
    "destacó",
    "subrayó",
    "ha pedido",
    "ha denunciado",
    "ha informado",
    "ha asegurado",
    "han informado",
    "han reportado",
    "pidió",
    "estimó",
    "precisó",
];
const ES_ACCORDING: &[&str] = &["según", "de acuerdo con", "de acuerdo a", "citado por"];
const ES_ROLE: &[&str] = &[
    "director",
    "directora",
    "representante",
    "portavoz",
    "vocero",
    "vocera",
    "ministro",
    "ministra",
    "coordinador",
    "coordinadora",
    "jefe",
    "jefa",
    "presidente",
    "presidenta",
    "secretario general",
    "enviado",
    "enviada",
    "comisionado",
    "embajador",
    "gobernador",
    "alcalde",
    "alcaldesa",
    "responsable",
    "delegado",
    "delegada",
];

/// Adds a language's cues to a matcher (anything but French and Spanish
/// uses English).
pub(crate) fn add_to(b: &mut MatcherBuilder<Tc>, lang: Language) {
    let (report, according, role): (&[&str], &[&str], &[&str]) = match lang {
        Language::Fr => (FR_REPORT, FR_ACCORDING, FR_ROLE),
        Language::Es => (ES_REPORT, ES_ACCORDING, ES_ROLE),
        _ => (EN_REPORT, EN_ACCORDING, EN_ROLE),
    };
    for w in report {
        b.add(w, Tc::Cue(Cue::Report));
    }
    for w in according {
        b.add(w, Tc::Cue(Cue::According));
    }
    for w in role {
        b.add(w, Tc::Cue(Cue::Role));
    }
    for w in TITLES {
        b.add(w, Tc::Cue(Cue::Title));
    }
}
