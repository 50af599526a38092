//! The audit trail's rules: what an event records, and how each event's hash chains it to the
//! one before, so that editing, removing or reordering any event breaks the chain.

use sha2::{Digest, Sha256};

use crate::codes::code_enum;

code_enum!(
    /// What happened.
    AuditAction, "audit action" {
        SignIn => "sign_in",
        SignInFailed => "sign_in_failed",
        SignInRefusedLocked => "sign_in_refused_locked",
        SecondFactorEnrolled => "second_factor_enrolled",
        SecondFactorPassed => "second_factor_passed",
        SecondFactorFailed => "second_factor_failed",
        SecondFactorReset => "second_factor_reset",
        RecoveryCodeUsed => "recovery_code_used",
        SignOut => "sign_out",
        SessionEnded => "session_ended",
        PasswordChanged => "password_changed",
        UserCreated => "user_created",
        UserInvited => "user_invited",
        InvitationAccepted => "invitation_accepted",
        UserDisabled => "user_disabled",
        UserEnabled => "user_enabled",
        RoleChanged => "role_changed",
        TokenCreated => "token_created",
        TokenRevoked => "token_revoked",
        OrganisationCreated => "organisation_created",
        OrganisationUpdated => "organisation_updated",
        HotlineAdded => "hotline_added",
        HotlineUpdated => "hotline_updated",
        HotlineRemoved => "hotline_removed",
        DirectoryImported => "directory_imported",
        ConsultationRecorded => "consultation_recorded",
        ConsultationUpdated => "consultation_updated",
        ConsultationRead => "consultation_read",
        ConsultationsExported => "consultations_exported",
        CountryProfileUpdated => "country_profile_updated",
        HelpRequestReceived => "help_request_received",
        HelpRequestsRead => "help_requests_read",
        HelpRequestAnswered => "help_request_answered",
        HelpRequestClosed => "help_request_closed",
        CaseErased => "case_erased",
        CaseOpened => "case_opened",
        CaseChanged => "case_changed",
        CaseRead => "case_read",
        CaseGlassBroken => "case_glass_broken",
        CaseIdentityShown => "case_identity_shown",
        CaseIdentityChanged => "case_identity_changed",
        CasePossibleMatchesSought => "case_possible_matches_sought",
    }
);

code_enum!(
    /// How it ended.
    Outcome, "outcome" {
        Success => "success",
        Failure => "failure",
    }
);

/// The hash before the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of an event that its hash covers, in the order they are hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainedFields<'a> {
    pub sequence: i64,
    pub at: &'a str,
    pub actor: &'a str,
    pub organisation: &'a str,
    /// The organisation of what the event is about, when it is not the actor's; empty
    /// otherwise (and in every event written before this field existed).
    pub about_organisation: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    pub outcome: &'a str,
}

/// The hash of an event: SHA-256 over the previous event's hash and this event's fields,
/// separated by a byte that no field contains (unit separator), in lowercase hex.
pub fn chain_hash(previous_hash: &str, fields: &ChainedFields<'_>) -> String {
    let mut hasher = Sha256::new();
    for part in [
        previous_hash,
        &fields.sequence.to_string(),
        fields.at,
        fields.actor,
        fields.organisation,
        fields.action,
        fields.target,
        fields.outcome,
    ] {
        hasher.update(part.replace('\u{1f}', " ").as_bytes());
        hasher.update([0x1f]);
    }
    // Only when present, so that the hashes of earlier events stay what they were.
    if !fields.about_organisation.is_empty() {
        hasher.update(fields.about_organisation.replace('\u{1f}', " ").as_bytes());
        hasher.update([0x1f]);
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_and_the_previous_hash_change_the_hash() {
        let fields = ChainedFields {
            sequence: 1,
            at: "2026-11-27T10:00:00Z",
            actor: "ana@lastrada.md",
            organisation: "o",
            about_organisation: "",
            action: "sign_in",
            target: "",
            outcome: "success",
        };
        let hash = chain_hash(GENESIS_HASH, &fields);
        assert_eq!(hash.len(), 64);
        assert_ne!(
            hash,
            chain_hash(
                GENESIS_HASH,
                &ChainedFields {
                    about_organisation: "p",
                    ..fields.clone()
                }
            )
        );
        assert_ne!(hash, chain_hash("1", &fields));
        assert_ne!(
            hash,
            chain_hash(
                GENESIS_HASH,
                &ChainedFields {
                    sequence: 2,
                    ..fields.clone()
                }
            )
        );
        assert_ne!(
            hash,
            chain_hash(
                GENESIS_HASH,
                &ChainedFields {
                    outcome: "failure",
                    ..fields.clone()
                }
            )
        );
        assert_eq!(hash, chain_hash(GENESIS_HASH, &fields));
    }
}
