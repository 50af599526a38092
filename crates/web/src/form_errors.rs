//! The one way a staff form shows what is wrong: each message in the reader's language beside
//! its field (`aria-invalid`, `aria-describedby`), and a summary above the form that links to
//! each field, announced to screen readers when the page opens. Parsers say *what* is wrong
//! as a message key; only this module turns it into words.

use crate::i18n::Translator;

/// One field's problem, translated.
pub struct FieldError {
    /// The field's `id` in the page, which the summary links to.
    pub field: String,
    /// The field's label, so the summary reads "Language: choose one of the list".
    pub label: String,
    pub message: String,
}

/// The problems of a submitted form, in the order of the form's fields.
#[derive(Default)]
pub struct FormErrors {
    errors: Vec<FieldError>,
}

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the problem `message_key` of the field whose id is `field` and whose label is the
    /// message `label_key`; the first problem of a field is the one shown.
    pub fn add(&mut self, tr: Translator, field: &str, label_key: &str, message_key: &str) {
        self.add_message(tr, field, label_key, tr.t(message_key));
    }

    /// Like `add`, with a message already made (one with arguments).
    pub fn add_message(&mut self, tr: Translator, field: &str, label_key: &str, message: String) {
        if self.errors.iter().any(|error| error.field == field) {
            return;
        }
        self.errors.push(FieldError {
            field: field.to_owned(),
            label: tr.t(label_key),
            message,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The problems, for the summary.
    pub fn all(&self) -> &[FieldError] {
        &self.errors
    }

    /// The message beside the field `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|error| error.field == field)
            .map(|error| error.message.as_str())
    }

    /// The attributes that tie a field to its message: ` aria-invalid="true"
    /// aria-describedby="{field}-error"` when it has one, else nothing. Field ids are the
    /// templates' own constants, never what a visitor typed.
    pub fn attributes(&self, field: &str) -> String {
        if self.get(field).is_some() {
            format!(r#" aria-invalid="true" aria-describedby="{field}-error""#)
        } else {
            String::new()
        }
    }
}
