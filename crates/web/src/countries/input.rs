//! The one write of country information: a profile's text and the date it was last reviewed,
//! read from the editor's form into the checked body and a date, with every field's problem.

use serde::Deserialize;
use strada_domain::countries::{InvalidProfile, check_body};
use time::Date;

use crate::forms::FormErrors;
use crate::i18n::Translator;

/// The profile form as typed, kept to show again with its errors.
#[derive(Deserialize)]
pub struct ProfileInput {
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub last_reviewed: String,
}

impl ProfileInput {
    /// The checked body and review date, or each problem beside its field in `tr`'s language.
    pub fn read(&self, tr: Translator) -> Result<(String, Date), FormErrors> {
        let body = check_body(&self.body);
        let reviewed = Date::parse(
            self.last_reviewed.trim(),
            &time::format_description::well_known::Iso8601::DATE,
        );
        let mut errors = FormErrors::new();
        match &body {
            Err(InvalidProfile::Empty) => {
                errors.add(tr, "body", "country-edit-body", "form-error-required")
            }
            Err(InvalidProfile::TooLong) => {
                errors.add(tr, "body", "country-edit-body", "country-error-too-long")
            }
            Ok(_) => {}
        }
        if reviewed.is_err() {
            errors.add(
                tr,
                "last-reviewed",
                "country-edit-reviewed",
                "form-error-date",
            );
        }
        match (body, reviewed) {
            (Ok(body), Ok(reviewed)) => Ok((body, reviewed)),
            _ => Err(errors),
        }
    }
}
