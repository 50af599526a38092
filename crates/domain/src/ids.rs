//! Typed ids: one type per kind of record, each a UUID underneath, so that a user's id can
//! never be passed where an organisation's is expected. There is no conversion between kinds;
//! the only ways in are `new_random()`, parsing (`FromStr`, serde) and `from_uuid()` at the
//! edge where a UUID is read from elsewhere.

use uuid::Uuid;

/// Declares a typed id: a newtype over `Uuid` that prints, parses and serialises as the UUID.
macro_rules! typed_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new id, ordered by the time it was made (UUID v7).
            pub fn new_random() -> Self {
                Self(Uuid::now_v7())
            }

            /// The id a UUID read from outside names (a stored column, a derived v5 UUID).
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            pub const fn as_uuid(&self) -> &Uuid {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map(Self)
            }
        }
    };
}

typed_id!(
    /// A staff account.
    UserId
);
typed_id!(
    /// A member, associate or partner organisation, or the secretariat.
    OrganisationId
);
typed_id!(
    /// A phone line of the directory.
    HotlineId
);
typed_id!(
    /// A recorded consultation.
    ConsultationId
);
typed_id!(
    /// The case file of a person a member assists.
    CaseId
);
typed_id!(
    /// An anonymous request for help.
    HelpRequestId
);
typed_id!(
    /// An invitation to make a staff account.
    InvitationId
);
typed_id!(
    /// An API token.
    ApiTokenId
);
typed_id!(
    /// An event of the audit trail (besides its place in the chain).
    AuditEventId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_prints_parses_and_serialises_as_its_uuid() {
        let id = UserId::new_random();
        let text = id.to_string();
        assert_eq!(text.parse::<UserId>().unwrap(), id);
        assert_eq!(text, id.as_uuid().to_string());
        assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{text}\""));
        assert_eq!(
            serde_json::from_str::<UserId>(&format!("\"{text}\"")).unwrap(),
            id
        );
        assert!("not-an-id".parse::<ConsultationId>().is_err());
    }
}
