//! The consultation form's fields, from the one list of a consultation's fields: each
//! field's name and label in the form, a record turned into the form's values, and each
//! field's problem put beside it in the consultant's language. The matches are exhaustive,
//! so a field added to `ConsultationField` does not compile until the form shows it.

use strada_domain::consultations::{Consultation, ConsultationField};
use strada_domain::time_zone::TimeZone;

use crate::consultations::input::{LOCAL_MINUTES, Problems};
use crate::forms::{FormErrors, FormValues};
use crate::i18n::Translator;

/// The form's fields in the order the form shows them: the usual ones, then those of the
/// section that opens for more.
pub(in crate::consultations) const FORM_ORDER: [ConsultationField; 13] = [
    ConsultationField::Channel,
    ConsultationField::CallerType,
    ConsultationField::Language,
    ConsultationField::Topics,
    ConsultationField::DestinationCountry,
    ConsultationField::TraffickingConcern,
    ConsultationField::Outcome,
    ConsultationField::Notes,
    ConsultationField::Anonymous,
    ConsultationField::StartedAt,
    ConsultationField::DurationMinutes,
    ConsultationField::ExploitationTypes,
    ConsultationField::ReferredTo,
];

/// Where the less common fields start in `FORM_ORDER`.
const FIRST_DETAIL: usize = 8;

/// The field's name (and `id`) in the form: the API's, but for the checkbox that says the
/// caller gave their name.
pub(in crate::consultations) const fn form_name(field: ConsultationField) -> &'static str {
    match field {
        ConsultationField::Anonymous => "identified",
        field => field.name(),
    }
}

/// The message key of the field's label.
const fn label_key(field: ConsultationField) -> &'static str {
    match field {
        ConsultationField::Channel => "field-channel",
        ConsultationField::CallerType => "field-caller-type",
        ConsultationField::Language => "field-contact-language",
        ConsultationField::Topics => "field-topics",
        ConsultationField::DestinationCountry => "field-destination",
        ConsultationField::TraffickingConcern => "field-concern",
        ConsultationField::Outcome => "field-outcome",
        ConsultationField::Notes => "field-notes",
        ConsultationField::Anonymous => "field-identified",
        ConsultationField::StartedAt => "field-started-at",
        ConsultationField::DurationMinutes => "field-duration",
        ConsultationField::ExploitationTypes => "field-exploitation",
        ConsultationField::ReferredTo => "field-referred",
    }
}

impl FormValues {
    /// Whether the less common fields hold anything, so their section opens by itself.
    pub fn has_details(&self) -> bool {
        FORM_ORDER[FIRST_DETAIL..]
            .iter()
            .any(|field| !self.values(form_name(*field)).is_empty())
    }

    /// A recorded consultation as the form shows it, its start on `zone`'s clock.
    pub fn from_consultation(consultation: &Consultation, zone: &TimeZone) -> Self {
        let details = &consultation.details;
        let codes = |codes: Vec<&str>| codes.into_iter().map(str::to_owned).collect();
        let mut pairs = Vec::new();
        for field in ConsultationField::ALL {
            let values: Vec<String> = match field {
                ConsultationField::StartedAt => vec![
                    zone.local(details.started_at)
                        .format(LOCAL_MINUTES)
                        .unwrap_or_default(),
                ],
                ConsultationField::Channel => vec![details.channel.code().to_owned()],
                ConsultationField::CallerType => vec![details.caller_type.code().to_owned()],
                ConsultationField::Anonymous if details.anonymous => Vec::new(),
                ConsultationField::Anonymous => vec!["on".to_owned()],
                ConsultationField::Language => vec![details.language.to_string()],
                ConsultationField::Topics => {
                    codes(details.topics.iter().map(|topic| topic.code()).collect())
                }
                ConsultationField::DestinationCountry => details
                    .destination_country
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                ConsultationField::TraffickingConcern => {
                    vec![details.trafficking_concern.code().to_owned()]
                }
                ConsultationField::ExploitationTypes => codes(
                    details
                        .exploitation_types
                        .iter()
                        .map(|kind| kind.code())
                        .collect(),
                ),
                ConsultationField::DurationMinutes => details
                    .duration_minutes
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                ConsultationField::Outcome => {
                    codes(details.outcome.iter().map(|o| o.code()).collect())
                }
                ConsultationField::ReferredTo => details
                    .referred_to
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                ConsultationField::Notes => details.notes.iter().cloned().collect(),
            };
            let name = form_name(field);
            pairs.extend(values.into_iter().map(|value| (name.to_owned(), value)));
        }
        Self(pairs)
    }
}

/// The parser's problems as the form shows them: translated, in the form's order.
pub fn form_errors(problems: &Problems, tr: Translator) -> FormErrors {
    let mut errors = FormErrors::new();
    for field in FORM_ORDER {
        if let Some(problem) = problems.get(field.name()) {
            errors.add(
                tr,
                form_name(field),
                label_key(field),
                problem.message_key(),
            );
        }
    }
    errors
}
