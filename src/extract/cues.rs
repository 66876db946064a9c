//! Stage 3, extract: cue words per language — reporting verbs ("said",
//! "a déclaré", "afirmó"), attribution phrases ("according to", "selon",
//! "según"), role nouns ("director", "porte-parole") and titles ("Mr.").

use std::borrow::Cow;

use super::claims::Tc;
use super::gazetteer::MatcherBuilder;
use super::tokens::{ends_with_ci, starts_with_ci};
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

/// Reporting verbs, each in one of three lists: plain (`*_REPORT`), making a
/// public statement (`*_STATEMENT`), taking an object (`*_OBJECT`).
const EN_REPORT: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "stressed",
    "added",
    "warned",
    "noted",
    "indicated",
    "claimed",
    "assured",
    "explained",
    "called for",
    "calls for",
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
    "revealed",
    "asserted",
    "alleged",
    "tweeted",
    "wrote",
    "expressed",
    "notes",
    "indicates",
    "warns",
    "explains",
    "adds",
    "stresses",
    "highlights",
    "reiterates",
    "reiterated",
    "deplores",
    "deplored",
    "emphasizes",
    "emphasises",
    "reveals",
    "denounces",
    "accuses",
    "recalled",
    "recalls",
    "pointed out",
    "points out",
    "acknowledged",
    "acknowledges",
    "underscored",
    "underscores",
    "say",
    "warn",
    "estimate",
    "confirm",
    "cautioned",
    "cautions",
    "argued",
    "argues",
    "disclosed",
    "remarked",
    "commented",
];
/// Reporting verbs that make a public statement of what they report
/// ("announced", "a déclaré", "anunció"); "said" and "reported" do not.
const EN_STATEMENT: &[&str] = &[
    "announced",
    "announces",
    "stated",
    "states",
    "confirmed",
    "declared",
    "affirmed",
    "confirms",
    "declares",
];
/// Reporting verbs whose next name is their object, not an inverted
/// subject ("notified WHO of 10 cases", "urged the parties", "a informé
/// l'OMS"): who speaks is before them.
const EN_OBJECT: &[&str] = &[
    "denounced",
    "accused",
    "told",
    "called on",
    "calls on",
    "urged",
    "urges",
    "condemned",
    "condemns",
    "informed",
    "notified",
    "has notified",
    "welcomed",
    "welcomes",
    "commended",
    // appeals, demands and denials
    "demanded",
    "demands",
    "requested",
    "requests",
    "asked",
    "asks",
    "calling on",
    "called upon",
    "calls upon",
    "urge",
    "urging",
    "calling for",
    "appealing for",
    "denied",
    "denies",
    "rejected",
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
    "Source:",
    "Sources:",
    "Source of information:",
    "Source :",
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
    "chancellor",
    "assistant",
    "attaché",
    "rapporteur",
    "deputy",
    "founder",
    "ceo",
    "administrator",
    "colonel",
    "general",
    "lieutenant",
    "senator",
    "teacher",
    "doctor",
    "nurse",
    "professor",
    "researcher",
    "geographer",
    "specialist",
    "expert",
];
const TITLES: &[&str] = &[
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "Prof.",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "M.",
    "Mme",
    "Sr.",
    "Sra.",
    "Compañera",
    "Compañero",
    "Sœur",
    "Soeur",
    "Hermana",
    "Hermano",
    "Sister",
    "Father",
    "Père",
    "Padre",
];
const FR_REPORT: &[&str] = &[
    "a indiqué",
    "a signalé",
    "a rapporté",
    "a précisé",
    "a souligné",
    "a averti",
    "indique",
    "a ajouté",
    "a estimé",
    "ont indiqué",
    "ont signalé",
    "ont rapporté",
    "a expliqué",
    "a assuré",
    "explique",
    "précise",
    "souligne",
    "ajoute",
    "rappelle",
    "a rappelé",
    "a fait savoir",
    "signale",
    "rapporte",
    "estime",
    "se félicite",
    "s'est félicité",
    "s’est félicité",
    "a dit",
    "ont dit",
    "a-t-il dit",
    "a-t-elle dit",
    "a-t-il ajouté",
    "a-t-elle ajouté",
    "a-t-il précisé",
    "a exprimé",
    "exprime",
    "met en garde",
    // third person plural
    "ont précisé",
    "ont souligné",
    "ont ajouté",
    "ont expliqué",
    "ont averti",
    "ont estimé",
    "ont assuré",
    "ont exprimé",
    "indiquent",
    "soulignent",
    "estiment",
    "détaille",
    "a détaillé",
    // imperfect, as reports retell ("Child Focus rapportait récemment")
    "indiquait",
    "indiquaient",
    "rapportait",
    "rapportaient",
    "précisait",
    "soulignait",
    "expliquait",
    "estimait",
    "estimaient",
    "ajoutait",
    "signalait",
    "signalaient",
];
const FR_STATEMENT: &[&str] = &[
    "a déclaré",
    "a annoncé",
    "a affirmé",
    "déclare",
    "a confirmé",
    "ont déclaré",
    "ont annoncé",
    "affirme",
    "annonce",
    "confirme",
    "a-t-il déclaré",
    "a-t-elle déclaré",
    "ont affirmé",
    "ont confirmé",
    "déclarent",
    "annoncent",
    "affirment",
    "déclarait",
    "annonçait",
    "affirmait",
    "affirmaient",
    "confirmait",
];
const FR_OBJECT: &[&str] = &[
    "a dénoncé",
    "a appelé",
    "a accusé",
    "a condamné",
    "appelle",
    "condamne",
    "exhorte",
    "a exhorté",
    "demande",
    "a demandé",
    "salue",
    "a salué",
    "dénonce",
    "accuse",
    "a notifié",
    "ont notifié",
    "a informé",
    "ont dénoncé",
    "ont condamné",
    "ont accusé",
    "ont appelé",
    "ont demandé",
    "dénoncent",
    "condamnent",
    "appellent",
    "demandent",
    // appeals, demands and denials
    "exige",
    "a exigé",
    "exigent",
    "ont exigé",
    "réclame",
    "a réclamé",
    "réclament",
    "ont réclamé",
    "ont salué",
    "a nié",
    "nie",
    "ont nié",
    "a démenti",
    "dément",
    "démentent",
    "plaide",
    "a plaidé",
    "réitère",
    "a réitéré",
    "insiste",
    "a insisté",
];
const FR_ACCORDING: &[&str] = &[
    "selon",
    "d'après",
    "d’après",
    "de source",
    "Source :",
    "Source:",
    "Sources :",
];
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
    "coordonnateur",
    "coordonnatrice",
    "administrateur",
    "administratrice",
    "chargé",
    "chargée",
    "conseiller",
    "conseillère",
    "colonel",
    "général",
    "lieutenant-général",
    "député",
    "députée",
    "sénateur",
    "préfet",
    "superviseur",
    "superviseure",
    "enseignant",
    "enseignante",
    "professeur",
    "docteur",
    "infirmier",
    "infirmière",
    "commandant",
];
const ES_REPORT: &[&str] = &[
    "dijo",
    "señaló",
    "indicó",
    "reportó",
    "explicó",
    "advirtió",
    "añadió",
    "agregó",
    "destacó",
    "subrayó",
    "ha pedido",
    "ha denunciado",
    "ha informado",
    "ha asegurado",
    "han informado",
    "han reportado",
    "estimó",
    "precisó",
    "dice",
    "señala",
    "indica",
    "explica",
    "advierte",
    "destaca",
    "condena",
    "exhorta",
    "insta",
    "manifestó",
    "expresó",
    "sostuvo",
    "detalló",
    "han notificado",
    "ha notificado",
    "comunicó",
    "reiteró",
    "enfatizó",
    "recordó",
    "aseveró",
    "puntualizó",
    "apuntó",
    "expuso",
    "celebró",
    "saludó",
    "resaltó",
    "remarcó",
    "recalcó",
    "comentó",
    "aclaró",
    "mencionó",
    "refirió",
    "acotó",
    "significó",
    "insistió",
    "argumentó",
    "admitió",
    "reconoció",
    // third person plural
    "dijeron",
    "reportaron",
    "señalaron",
    "indicaron",
    "explicaron",
    "advirtieron",
    "precisaron",
    "detallaron",
    "comunicaron",
    "destacaron",
    "manifestaron",
    "expresaron",
    "reiteraron",
    // present, as agencies write of themselves ("La Alcaldía manifiesta")
    "manifiesta",
    "añade",
    "agrega",
    "detalla",
    "subraya",
    "recuerda",
    "estima",
    "reporta",
    "dicen",
    "señalan",
    "indican",
    "reportan",
    "advierten",
    "explican",
    "estiman",
    "evidenció",
    // imperfect
    "decía",
    "indicaba",
    "señalaba",
    "explicaba",
];
const ES_STATEMENT: &[&str] = &[
    "afirmó",
    "informó",
    "anunció",
    "declaró",
    "aseguró",
    "confirmó",
    "anuncia",
    "informa",
    "afirma",
    "asegura",
    "informaron",
    "anunciaron",
    "afirmaron",
    "declararon",
    "confirmaron",
    "aseguraron",
    "informan",
    "anuncian",
    "afirman",
    "aseguran",
    "confirma",
    "informaba",
    "afirmaba",
    "aseguraba",
];
const ES_OBJECT: &[&str] = &[
    "denunció",
    "acusó",
    "pidió",
    "condenó",
    "exhortó",
    "instó",
    "solicitó",
    "notificó",
    "denunciaron",
    "notificaron",
    "condenaron",
    "pidieron",
    "solicitaron",
    "exhortaron",
    "instaron",
    // appeals, demands and denials
    "exigió",
    "exige",
    "exigieron",
    "reclamó",
    "reclama",
    "reclamaron",
    "solicita",
    "pide",
    "piden",
    "acusaron",
    "negó",
    "niega",
    "negaron",
    "hizo un llamado",
    "hace un llamado",
    "hicieron un llamado",
    "rechazó",
    "lamentó",
    "lamenta",
];
const ES_ACCORDING: &[&str] = &[
    "según",
    "de acuerdo con",
    "de acuerdo a",
    "citado por",
    "Fuente:",
    "Fuentes:",
    "Fuente :",
];

/// Lines that name the source of the table or paragraph above them
/// ("Source: DSWD DROMIC", "Fuente: ONEMI"), all languages.
pub(crate) const SOURCE_LINES: &[&str] = &[
    "source:",
    "sources:",
    "source of information:",
    "source :",
    "sources :",
    "fuente:",
    "fuentes:",
    "fuente :",
];
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
    "vicepresidente",
    "vicepresidenta",
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
    "secretario",
    "secretaria",
    "subsecretario",
    "subsecretaria",
    "intendente",
    "rector",
    "rectora",
    "asesor",
    "asesora",
    "especialista",
    "docente",
    "profesor",
    "profesora",
    "geógrafo",
    "geógrafa",
    "administrador",
    "administradora",
    "coronel",
    "general",
    "teniente",
    "comandante",
    "viceministro",
    "viceministra",
    "funcionario",
    "funcionaria",
    "líder",
    "lideresa",
    "gobernadora",
    "embajadora",
    "médico",
    "médica",
];

/// Introductions of a statement whose speaker is named after them ("Statement
/// by the Secretary-General", "la déclaration suivante ... par le
/// Porte-parole du", "mensaje del"), all languages, lower case.
pub(crate) const SPEAKER_AFTER: &[&str] = &[
    "following is",
    "the following statement",
    "statement by",
    "statement of",
    "statement from",
    "statement attributable to",
    "message of",
    "message by",
    "message from",
    "remarks by",
    "speech by",
    "address by",
    "briefing by",
    "what was said by",
    "déclaration suivante",
    "déclaration du",
    "déclaration de",
    "ci-après, le message",
    "ci-après le message",
    "le message du",
    "message de la",
    "discours du",
    "discours de",
    "allocution du",
    "allocution de",
    "propos tenus par",
    "declaración del",
    "declaración de la",
    "comunicado del",
    "mensaje del",
    "mensaje de la",
    "discurso del",
    "palabras del",
];

/// Introductions whose speaker is named before them ("Mark Lowcock, Welcome
/// remarks at ...").
pub(crate) const SPEAKER_BEFORE: &[&str] = &[
    "remarks at",
    "remarks to",
    "statement at",
    "statement to",
    "address to",
    "speech at",
    "allocution à",
    "discurso en",
];

/// A language's reporting verbs (plain, statement, object), attribution
/// phrases and role nouns; anything but French and Spanish uses English.
type Lists = (
    [&'static [&'static str]; 3],
    &'static [&'static str],
    &'static [&'static str],
);

fn lists(lang: Language) -> Lists {
    match lang {
        Language::Fr => ([FR_REPORT, FR_STATEMENT, FR_OBJECT], FR_ACCORDING, FR_ROLE),
        Language::Es => ([ES_REPORT, ES_STATEMENT, ES_OBJECT], ES_ACCORDING, ES_ROLE),
        _ => ([EN_REPORT, EN_STATEMENT, EN_OBJECT], EN_ACCORDING, EN_ROLE),
    }
}

/// Whether a reporting verb as matched (lowercased) makes a public
/// statement: it ends with one of the statement verbs ("a-t-il déclaré").
pub(crate) fn makes_statement(verb: &str) -> bool {
    let verb = without_insert(verb);
    [EN_STATEMENT, FR_STATEMENT, ES_STATEMENT]
        .iter()
        .flat_map(|l| l.iter())
        .any(|v| verb.ends_with(v))
}

/// Whether a reporting verb as matched (lowercased) takes the next name as
/// its object.
pub(crate) fn takes_object(verb: &str) -> bool {
    let verb = without_insert(verb);
    [EN_OBJECT, FR_OBJECT, ES_OBJECT]
        .iter()
        .any(|l| l.contains(&verb.as_ref()))
}

/// Adverbs French sets between the auxiliary and the participle of a
/// reporting verb ("a également souligné", "a pour sa part déclaré",
/// "ont quant à eux indiqué").
const FR_INSERTS: &[&str] = &[
    "également",
    "aussi",
    "encore",
    "ensuite",
    "enfin",
    "notamment",
    "déjà",
    "récemment",
    "toutefois",
    "cependant",
    "par ailleurs",
    "en outre",
    "d'ailleurs",
    "d’ailleurs",
    "pour sa part",
    "pour leur part",
    "de son côté",
    "de leur côté",
    "quant à lui",
    "quant à elle",
    "quant à eux",
];

/// The auxiliaries of the French reporting verbs an adverb may follow.
const FR_AUXILIARIES: [&str; 2] = ["a ", "ont "];

/// A French reporting verb with an adverb inserted, as the verb without
/// it: "a également déclaré" is "a déclaré".
fn without_insert(verb: &str) -> Cow<'_, str> {
    for aux in FR_AUXILIARIES {
        if let Some(rest) = verb.strip_prefix(aux) {
            for i in FR_INSERTS {
                if let Some(participle) = rest.strip_prefix(i).and_then(|r| r.strip_prefix(' ')) {
                    return Cow::Owned(format!("{aux}{participle}"));
                }
            }
        }
    }
    Cow::Borrowed(verb)
}

/// Adds a language's cues to a matcher.
pub(crate) fn add_to(b: &mut MatcherBuilder<Tc>, lang: Language) {
    let (report, according, role) = lists(lang);
    for w in report.iter().flat_map(|l| l.iter()) {
        b.add(w, Tc::Cue(Cue::Report));
        if lang == Language::Fr {
            for aux in FR_AUXILIARIES {
                if let Some(participle) = w.strip_prefix(aux) {
                    for i in FR_INSERTS {
                        b.add(&format!("{aux}{i} {participle}"), Tc::Cue(Cue::Report));
                    }
                }
            }
        }
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

/// Whether a trigger form begins or ends with a reporting verb of `lang`
/// ("strongly deplores", "called on the parties"): the matcher keeps the
/// longest form, so the trigger must also carry the verb's cue.
pub(crate) fn holds_report(form: &str, lang: Language) -> bool {
    lists(lang).0.iter().flat_map(|l| l.iter()).any(|w| {
        form.len() > w.len()
            && ((starts_with_ci(form, w) && form[w.len()..].starts_with(' '))
                || (ends_with_ci(form, w) && form[..form.len() - w.len()].ends_with(' ')))
    })
}
