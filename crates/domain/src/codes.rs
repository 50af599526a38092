//! Enumerations of codes (from standards or our own), declared from one table each so that
//! their variants, stored codes, parsing and the list of all of them never disagree.

/// A text that is not one of the codes of a list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a known {kind}")]
pub struct UnknownCode {
    pub kind: &'static str,
    pub text: String,
}

/// Declares an enumeration of codes: the variants, their stored and serialised codes, parsing
/// and the list of all of them.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident, $error:literal { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(text: &str) -> Result<Self, $crate::codes::UnknownCode> {
                match text {
                    $($code => Ok($name::$variant),)+
                    _ => Err($crate::codes::UnknownCode {
                        kind: $error,
                        text: text.chars().take(40).collect(),
                    }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <String as serde::Deserialize>::deserialize(deserializer)?;
                Self::parse(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use code_enum;
