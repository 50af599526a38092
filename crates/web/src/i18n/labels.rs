//! Labels of codes: data keeps an enumeration's codes, and the page shows `tr.label(code)`,
//! the Fluent message `{prefix}-{code}`. Each enumeration names its prefix once, here, and a
//! test checks that every code of every enumeration has a label in every language (and that
//! no enumeration of the domain is left out of this table without saying so).

use strada_domain::accounts::Role;
use strada_domain::cases::TimelineKind;
use strada_domain::cases::codes::{
    AgeBand, ApprovalState, CasePhase, CaseStatus, ConsentGivenBy, ConsentMethod, ConsentPurpose,
    ConsentState, ForcedLabourIndustry, Gender, IdentifiedBy, MethodOfControl, MethodOfRecruitment,
    ServiceKind, ServiceState, SexExploitationType, SupportPlanType, TraffickingEventKind,
    TraffickingStatus, Vulnerability,
};
use strada_domain::cases::identity::DocumentType;
use strada_domain::consultations::{
    CallerType, Channel, ConsultationOutcome, ExploitationType, Topic, TraffickingConcern,
};
use strada_domain::directory::{AssistanceService, HotlineHours, HotlinePurpose, Membership};
use strada_domain::help_requests::HelpRequestStatus;

use super::Translator;

/// An enumeration of codes whose codes people read as labels.
pub trait Labelled: Copy + 'static {
    /// The start of each label's message key: a code's label is `{KEY_PREFIX}-{code}`.
    const KEY_PREFIX: &'static str;

    /// Every value, in the order choices offer them.
    fn all() -> Vec<Self>;

    fn code(self) -> &'static str;

    /// The value of a stored code, if it is one.
    fn from_code(code: &str) -> Option<Self>;
}

/// A help request's status as the person who sent it reads it ("Waiting for an answer"),
/// where the staff read the plain `HelpRequestStatus` ("Open").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusForThePerson(pub HelpRequestStatus);

impl Labelled for StatusForThePerson {
    const KEY_PREFIX: &'static str = "ask-status";

    fn all() -> Vec<Self> {
        HelpRequestStatus::ALL.iter().copied().map(Self).collect()
    }

    fn code(self) -> &'static str {
        self.0.code()
    }

    fn from_code(code: &str) -> Option<Self> {
        HelpRequestStatus::parse(code).ok().map(Self)
    }
}

/// Gives each enumeration of the domain its prefix, and lists them for the test.
macro_rules! labelled {
    ($($type:ident => $prefix:literal),+ $(,)?) => {
        $(impl Labelled for $type {
            const KEY_PREFIX: &'static str = $prefix;

            fn all() -> Vec<Self> {
                $type::ALL.to_vec()
            }

            fn code(self) -> &'static str {
                $type::code(self)
            }

            fn from_code(code: &str) -> Option<Self> {
                $type::parse(code).ok()
            }
        })+

        /// The message key of every code of every enumeration, and the enumerations' names.
        #[cfg(test)]
        fn every_label_key() -> (Vec<String>, Vec<&'static str>) {
            let mut keys = Vec::new();
            $(keys.extend(label_keys::<$type>());)+
            keys.extend(label_keys::<StatusForThePerson>());
            (keys, vec![$(stringify!($type)),+])
        }
    };
}

labelled! {
    Role => "role",
    Membership => "membership",
    AssistanceService => "service",
    HotlinePurpose => "purpose",
    HotlineHours => "hours",
    Channel => "channel",
    CallerType => "caller",
    Topic => "topic",
    TraffickingConcern => "concern",
    ExploitationType => "exploitation",
    ConsultationOutcome => "outcome",
    HelpRequestStatus => "help-state",
    Gender => "gender",
    TraffickingStatus => "trafficking-status",
    IdentifiedBy => "identified-by",
    MethodOfRecruitment => "recruitment",
    MethodOfControl => "control",
    SexExploitationType => "sex-exploitation",
    ForcedLabourIndustry => "industry",
    Vulnerability => "vulnerability",
    CaseStatus => "case-status",
    TraffickingEventKind => "event-kind",
    SupportPlanType => "support-plan",
    AgeBand => "age-band",
    CasePhase => "case-phase",
    TimelineKind => "case-timeline",
    DocumentType => "case-document-type",
    ServiceKind => "care-service",
    ConsentPurpose => "consent-purpose",
    ConsentMethod => "consent-method",
    ConsentGivenBy => "consent-given-by",
    ConsentState => "consent-state",
    ServiceState => "care-service-state",
    ApprovalState => "approval",
}

/// The message key of a code's label. A Fluent key holds letters, digits, `-` and `_`, so the
/// `+` of a code (the age band `48+`) is written `plus`.
fn label_key<T: Labelled>(value: T) -> String {
    format!("{}-{}", T::KEY_PREFIX, value.code().replace('+', "plus"))
}

#[cfg(test)]
fn label_keys<T: Labelled>() -> Vec<String> {
    T::all().into_iter().map(label_key).collect()
}

impl Translator {
    /// A code's label in this language.
    pub fn label<T: Labelled>(&self, value: T) -> String {
        self.t(&label_key(value))
    }

    /// A stored code's label; no code (an empty one) reads as "none", and a code the
    /// enumeration does not know (data older than the code) shows as it is.
    pub fn label_of_code<T: Labelled>(&self, code: &str) -> String {
        if code.is_empty() {
            return self.t("field-none");
        }
        T::from_code(code)
            .map(|value| self.label(value))
            .unwrap_or_else(|| code.to_owned())
    }

    /// Every value of an enumeration as a choice: its code and its label.
    pub fn choices<T: Labelled>(&self) -> Vec<(&'static str, String)> {
        T::all()
            .into_iter()
            .map(|value| (value.code(), self.label(value)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use fluent_templates::Loader;
    use strada_domain::language::UiLanguage;

    use super::*;
    use crate::i18n::LOCALES;

    /// Enumerations whose codes are shown as codes, not labels (the audit trail's, read by
    /// administrators beside the log).
    const SHOWN_AS_CODES: &[&str] = &["AuditAction", "Outcome"];

    #[test]
    fn every_code_of_every_enumeration_has_a_label_in_every_language() {
        let (keys, _) = every_label_key();
        for language in UiLanguage::ALL {
            let identifier = Translator::new(language).identifier;
            let missing: Vec<&String> = keys
                .iter()
                .filter(|key| {
                    LOCALES
                        .try_lookup(identifier, key)
                        .is_none_or(|text| text.is_empty())
                })
                .collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
        }
    }

    /// Reads the domain's sources for `code_enum!` declarations: a new enumeration must be
    /// given a prefix above or be named as shown by its codes.
    #[test]
    fn every_enumeration_of_the_domain_is_labelled_or_shown_as_codes() {
        let (_, labelled) = every_label_key();
        let sources = concat!(env!("CARGO_MANIFEST_DIR"), "/../domain/src");
        let mut declared = Vec::new();
        let mut folders = vec![std::path::PathBuf::from(sources)];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for declaration in text.split("code_enum!(").skip(1) {
                        // The name is the first line that is not a doc comment or attribute.
                        let name = declaration
                            .lines()
                            .map(str::trim)
                            .find(|line| {
                                !line.is_empty()
                                    && !line.starts_with("///")
                                    && !line.starts_with('#')
                            })
                            .and_then(|line| line.split(',').next())
                            .unwrap_or_default()
                            .to_owned();
                        declared.push(name);
                    }
                }
            }
        }
        assert!(declared.len() >= labelled.len(), "{declared:?}");
        for name in &declared {
            assert!(
                labelled.contains(&name.as_str()) || SHOWN_AS_CODES.contains(&name.as_str()),
                "`{name}` has no label prefix in i18n/labels.rs"
            );
        }
    }

    #[test]
    fn a_label_is_the_message_of_its_prefix_and_code() {
        let english = Translator::new(UiLanguage::En);
        assert_eq!(english.label(Role::OrgAdmin), english.t("role-org-admin"));
        assert_eq!(
            english.label(StatusForThePerson(HelpRequestStatus::Open)),
            "Waiting for an answer"
        );
        assert_eq!(label_key(AgeBand::From48), "age-band-48plus");
        assert_eq!(english.label(AgeBand::From48), "48 years and over");
        assert_eq!(english.label_of_code::<Topic>(""), english.t("field-none"));
        assert_eq!(
            english.label_of_code::<Topic>("retired_code"),
            "retired_code"
        );
    }
}
