//! A text field as sent. A form only sends text; a JSON body may send a number or a list
//! where text belongs, which is that field's problem (`must be a string`) and must not stop
//! serde from reading the other fields.

use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A field's value: text (absent and `null` are empty), or a value of another kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Given(String),
    NotText,
}

impl Default for Text {
    fn default() -> Self {
        Self::Given(String::new())
    }
}

impl Text {
    /// The text, if the field was text.
    pub fn given(&self) -> Option<&str> {
        match self {
            Self::Given(text) => Some(text),
            Self::NotText => None,
        }
    }

    /// What a form shows again: the text as typed, or nothing.
    pub fn as_typed(&self) -> &str {
        self.given().unwrap_or("")
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any value")
    }

    fn visit_str<E>(self, text: &str) -> Result<Text, E> {
        Ok(Text::Given(text.to_owned()))
    }

    fn visit_string<E>(self, text: String) -> Result<Text, E> {
        Ok(Text::Given(text))
    }

    fn visit_unit<E>(self) -> Result<Text, E> {
        Ok(Text::default())
    }

    fn visit_none<E>(self) -> Result<Text, E> {
        Ok(Text::default())
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Text, D::Error> {
        inner.deserialize_any(self)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Text, E> {
        Ok(Text::NotText)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Text, E> {
        Ok(Text::NotText)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Text, E> {
        Ok(Text::NotText)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Text, E> {
        Ok(Text::NotText)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Text::NotText)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Text::NotText)
    }
}
